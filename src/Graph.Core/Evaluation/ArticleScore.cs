using Graph.Mappings;

namespace Graph.Evaluation;

/// <summary>One article's score, overall and per contact type, with what was missed and what was extra (for reports).</summary>
public sealed record ArticleScore(
    string Id,
    string Lang,
    bool PublishedRight,
    ContactScore Total,
    IReadOnlyDictionary<ContactType, ContactScore> ByType,
    IReadOnlyList<string> Problems);
