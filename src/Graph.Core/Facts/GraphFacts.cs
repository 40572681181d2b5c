namespace Graph.Facts;

/// <summary>
/// Everything one article contributes to the graph: its own node first, then the officials and
/// countries it involves, and its edges. <see cref="Warnings"/> name contacts that could not become
/// edges and ids missing from the roster.
/// </summary>
public sealed record GraphFacts(
    ArticleInfo Article,
    IReadOnlyList<NodeFact> Nodes,
    IReadOnlyList<EdgeFact> Edges,
    IReadOnlyList<string> Warnings);
