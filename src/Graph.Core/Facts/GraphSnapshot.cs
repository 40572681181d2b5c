namespace Graph.Facts;

/// <summary>
/// The graph that many articles' facts add up to, merged as the Neo4j writer's MERGE statements merge
/// them: one node per kind and id with its properties overwritten in article order, one edge per key
/// holding every reporting article and their evidence sentences in article order. An edge whose ends no
/// article declared as nodes is left out, as the writer's MATCH leaves it out. Nodes are sorted by
/// kind and id and edges by key, so that every export of the same facts is byte for byte the same.
/// </summary>
public sealed class GraphSnapshot
{
    private GraphSnapshot(IReadOnlyList<NodeFact> nodes, IReadOnlyList<SnapshotEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<NodeFact> Nodes { get; }

    public IReadOnlyList<SnapshotEdge> Edges { get; }

    /// <summary>Merges the facts of the given articles, one <see cref="GraphFacts"/> per article.</summary>
    public static GraphSnapshot Of(IEnumerable<GraphFacts> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var nodes = new Dictionary<NodeRef, Dictionary<string, object>>();
        var edges = new Dictionary<string, EdgeBuilder>(StringComparer.Ordinal);
        foreach (var facts in articles)
        {
            foreach (var node in facts.Nodes)
            {
                if (!nodes.TryGetValue(node.Ref, out var properties))
                {
                    nodes[node.Ref] = properties = new Dictionary<string, object>(StringComparer.Ordinal);
                }

                foreach (var (name, value) in node.Properties)
                {
                    properties[name] = value;
                }
            }

            foreach (var edge in facts.Edges)
            {
                if (!edges.TryGetValue(edge.Key, out var builder))
                {
                    edges[edge.Key] = builder = new EdgeBuilder(edge);
                }

                builder.Add(edge);
            }
        }

        return new GraphSnapshot(
            [.. nodes.Select(pair => new NodeFact(pair.Key.Kind, pair.Key.Id, pair.Value))
                .OrderBy(node => node.Kind, StringComparer.Ordinal)
                .ThenBy(node => node.Id, StringComparer.Ordinal)],
            [.. edges.Values.Select(builder => builder.Build())
                .Where(edge => nodes.ContainsKey(edge.From) && nodes.ContainsKey(edge.To))
                .OrderBy(edge => edge.Key, StringComparer.Ordinal)]);
    }

    private sealed class EdgeBuilder(EdgeFact first)
    {
        private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);
        private readonly List<string> _articles = [];
        private readonly List<string> _evidence = [];

        public void Add(EdgeFact edge)
        {
            foreach (var (name, value) in edge.Properties)
            {
                _properties[name] = value;
            }

            // The writer appends an article's sentence only the first time it reports the edge.
            if (!_articles.Contains(edge.Article))
            {
                _articles.Add(edge.Article);
                if (edge.Evidence is not null)
                {
                    _evidence.Add(edge.Evidence);
                }
            }
        }

        public SnapshotEdge Build() => new(first.Kind, first.Key, first.From, first.To, _properties, _articles, _evidence);
    }
}
