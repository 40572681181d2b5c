namespace Graph.Facts;

/// <summary>
/// What one article yields: its provenance, its contacts, the officials and countries it mentions
/// (ids, for MENTIONS edges) and warnings. <see cref="Failed"/> is true when the article could not be
/// read at all (the reason is in <see cref="Warnings"/>).
/// </summary>
public sealed record ArticleExtraction(
    ArticleInfo Article,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<string> MentionedOfficials,
    IReadOnlyList<string> MentionedCountries,
    IReadOnlyList<string> Warnings,
    bool Failed)
{
    /// <summary>An article that could not be read or extracted, with the reason as its only warning.</summary>
    public static ArticleExtraction Failure(ArticleInfo article, string reason) => new(article, [], [], [], [reason], Failed: true);

    /// <summary>An input that could not even be read: known only by its path.</summary>
    public static ArticleExtraction Unreadable(string path, string reason) =>
        Failure(new ArticleInfo(Articles.ArticleIdentity.IdOf(path), path, "unknown", null, ""), reason);
}
