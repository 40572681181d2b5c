namespace Graph.Mappings.Internal;

/// <summary>
/// Reads graph.yaml. Labels, keys and relationship types end up inside Cypher text, where parameters
/// cannot stand, so each must be a plain identifier.
/// </summary>
internal static class GraphFile
{
    public const string Name = "graph.yaml";

    public static readonly string[] RootKeys = ["nodes", "relationships"];
    private static readonly string[] NodeKinds = ["official", "country", "article"];
    private static readonly string[] RelationshipKinds = ["call", "visit", "meeting", "invitation", "represents", "mentions"];
    private static readonly string[] NodeKeys = ["label", "key"];
    private const string Shape = "^[A-Za-z][A-Za-z0-9_]*$";

    public static GraphMapping Read(MapReader root)
    {
        var nodes = new Dictionary<string, NodeMapping>(StringComparer.Ordinal);
        if (root.Map("nodes", NodeKinds) is { } nodeMap)
        {
            foreach (var kind in NodeKinds)
            {
                if (nodeMap.Map(kind, NodeKeys) is { } node)
                {
                    var label = node.Scalar("label")?.Matching(Patterns.GraphName(), Shape);
                    var key = node.Scalar("key")?.Matching(Patterns.GraphName(), Shape);
                    nodes[kind] = new NodeMapping(label ?? "", key ?? "", node.Mark);
                }
            }
        }

        var relationships = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Map("relationships", RelationshipKinds) is { } relationshipMap)
        {
            foreach (var kind in RelationshipKinds)
            {
                if (relationshipMap.Scalar(kind)?.Matching(Patterns.GraphName(), Shape) is { } type)
                {
                    relationships[kind] = type;
                }
            }
        }

        return new GraphMapping(nodes, relationships);
    }
}
