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
    bool Failed);
