using Graph.Facts;
using Graph.Mappings;

namespace Graph.Export.Internal;

/// <summary>
/// Labels, key properties and relationship types of graph.yaml by fact kind. The mapping loader has
/// already checked them as plain identifiers; this only says clearly when a kind is missing.
/// </summary>
internal sealed class GraphNames(GraphMapping mapping)
{
    public string Label(string kind) => Node(kind).Label;

    public string Key(string kind) => Node(kind).Key;

    public string Type(string kind) =>
        mapping.Relationships.TryGetValue(kind, out var type)
            ? type
            : throw new InvalidOperationException($"graph.yaml has no relationship type for the edge kind '{kind}'");

    public string NodeId(NodeRef node) => $"{Label(node.Kind)}:{node.Id}";

    private NodeMapping Node(string kind) =>
        mapping.Nodes.TryGetValue(kind, out var node)
            ? node
            : throw new InvalidOperationException($"graph.yaml has no label for the node kind '{kind}'");
}
