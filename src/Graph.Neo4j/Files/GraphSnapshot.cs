using Graph.Facts;

namespace Graph.Neo4j.Files;

/// <summary>
/// The graph that a set of articles' facts adds up to, merged as the Cypher MERGE statements merge
/// them: node properties overwritten in article order, one edge per key with the articles and
/// evidence lists in article order.
/// </summary>
internal sealed class GraphSnapshot
{
    private GraphSnapshot(IReadOnlyList<NodeFact> nodes, IReadOnlyList<MergedEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<NodeFact> Nodes { get; }

    public IReadOnlyList<MergedEdge> Edges { get; }

    public static GraphSnapshot Of(IEnumerable<GraphFacts> articles)
    {
        var nodes = new Dictionary<(string, string), Dictionary<string, object>>();
        var edges = new Dictionary<string, MergedEdge>(StringComparer.Ordinal);
        foreach (var facts in articles)
        {
            foreach (var node in facts.Nodes)
            {
                if (!nodes.TryGetValue((node.Kind, node.Id), out var properties))
                {
                    nodes[(node.Kind, node.Id)] = properties = new Dictionary<string, object>(StringComparer.Ordinal);
                }

                foreach (var (name, value) in node.Properties)
                {
                    properties[name] = value;
                }
            }

            foreach (var edge in facts.Edges)
            {
                if (!edges.TryGetValue(edge.Key, out var merged))
                {
                    edges[edge.Key] = merged = new MergedEdge(edge.Kind, edge.Key, edge.From, edge.To);
                }

                merged.Add(edge);
            }
        }

        return new GraphSnapshot(
            [.. nodes.Select(pair => new NodeFact(pair.Key.Item1, pair.Key.Item2, pair.Value))],
            [.. edges.Values]);
    }

    /// <summary>An edge as the graph holds it, after every reporting article was merged in.</summary>
    internal sealed class MergedEdge(string kind, string key, NodeRef from, NodeRef to)
    {
        private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);
        private readonly List<string> _articles = [];
        private readonly List<string> _evidence = [];

        public string Kind => kind;

        public string Key => key;

        public NodeRef From => from;

        public NodeRef To => to;

        public IReadOnlyDictionary<string, object> Properties => _properties;

        public IReadOnlyList<string> Articles => _articles;

        public IReadOnlyList<string> Evidence => _evidence;

        public void Add(EdgeFact edge)
        {
            foreach (var (name, value) in edge.Properties)
            {
                _properties[name] = value;
            }

            if (!_articles.Contains(edge.Article))
            {
                _articles.Add(edge.Article);
                if (edge.Evidence is not null)
                {
                    _evidence.Add(edge.Evidence);
                }
            }
        }
    }
}
