using Graph.Facts;

namespace Graph.Facts;

/// <summary>
/// An edge as the merged graph holds it: <see cref="Articles"/> lists every article that reports it
/// and <see cref="Evidence"/> their sentences (empty for edges without sentences: represents, mentions).
/// Property values are strings or read-only lists of strings, as in <see cref="EdgeFact"/>.
/// </summary>
public sealed record SnapshotEdge(
    string Kind,
    string Key,
    NodeRef From,
    NodeRef To,
    IReadOnlyDictionary<string, object> Properties,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Evidence);
