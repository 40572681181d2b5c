namespace Graph.Facts;

/// <summary>
/// One article's contribution to a relationship. <see cref="Key"/> identifies the relationship across
/// articles: facts with the same key from several articles are one relationship whose <c>articles</c>
/// list holds every reporting article and whose <c>evidence</c> list holds their sentences in the same
/// order. <see cref="Evidence"/> is null for edges that carry no sentence (represents, mentions).
/// Property values follow the rules of <see cref="NodeFact"/>.
/// </summary>
public sealed record EdgeFact(
    string Kind,
    string Key,
    NodeRef From,
    NodeRef To,
    IReadOnlyDictionary<string, object> Properties,
    string Article,
    string? Evidence);
