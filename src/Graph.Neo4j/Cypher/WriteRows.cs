using Graph.Facts;

namespace Graph.Neo4j.Cypher;

/// <summary>The UNWIND rows of node and edge facts: plain maps of strings and lists.</summary>
internal static class WriteRows
{
    public static List<object?> Nodes(IEnumerable<NodeFact> nodes) =>
    [
        .. nodes.Select(node => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = node.Id,
            ["props"] = Properties(node.Properties),
        }),
    ];

    public static List<object?> Edges(IEnumerable<EdgeFact> edges, bool withEvidence) =>
    [
        .. edges.Select(edge =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = edge.Key,
                ["from"] = edge.From.Id,
                ["to"] = edge.To.Id,
                ["article"] = edge.Article,
            };
            if (withEvidence)
            {
                row["evidence"] = edge.Evidence ?? "";
            }

            row["props"] = Properties(edge.Properties);
            return row;
        }),
    ];

    private static Dictionary<string, object?> Properties(IReadOnlyDictionary<string, object> properties) =>
        properties.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal);
}
