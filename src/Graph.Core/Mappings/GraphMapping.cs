namespace Graph.Mappings;

/// <summary>
/// graph.yaml: labels for the node kinds (official, country, article) and relationship types for the
/// edge kinds (call, visit, meeting, invitation, represents, mentions). Validated as safe identifiers.
/// </summary>
public sealed record GraphMapping(
    IReadOnlyDictionary<string, NodeMapping> Nodes,
    IReadOnlyDictionary<string, string> Relationships);
