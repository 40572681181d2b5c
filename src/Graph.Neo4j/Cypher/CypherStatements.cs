using Graph.Facts;
using Graph.Mappings;

namespace Graph.Neo4j.Cypher;

/// <summary>
/// Every statement the loader sends, built once from a validated graph.yaml. Values are always
/// parameters; labels, types and keys come only from the mapping. Writes are
/// <c>UNWIND $rows AS row MERGE ...</c> with one MERGE target per statement (several would make the
/// planner materialise every row) and MERGE only on the key. Written for Neo4j 5.26+ (relationship
/// uniqueness constraints need 5.7).
/// </summary>
public sealed class CypherStatements
{
    private readonly SafeNames _names;
    private readonly Dictionary<string, CypherStatement> _mergeNodes = new(StringComparer.Ordinal);
    private readonly List<(EdgeShape Shape, CypherStatement Statement)> _mergeEdges = [];

    public CypherStatements(GraphMapping mapping)
    {
        _names = new SafeNames(mapping);
        Schema = [.. SchemaStatements().DistinctBy(statement => statement.Text)];
        foreach (var kind in GraphKinds.Nodes)
        {
            _mergeNodes[kind] = MergeNode(kind);
        }

        foreach (var shape in EdgeShape.All)
        {
            _mergeEdges.Add((shape, MergeEdge(shape)));
        }

        var article = _names.Label(GraphKinds.Article);
        var articleKey = _names.Key(GraphKinds.Article);
        var mentions = _names.Type(GraphKinds.Mentions);
        ArticleHashes = new CypherStatement(
            "article-hashes",
            $"MATCH (a:{article}) RETURN a.{articleKey} AS id, a.sha256 AS sha256",
            []);

        // An article's edges are found from its node: every official it involves has a MENTIONS edge
        // from it, and each of its edges touches one of those officials or is such a MENTIONS edge.
        // Ids are removed from articles/evidence together (the lists are parallel); all ids leaving
        // one edge are collected first so that two articles of a batch do not overwrite each other.
        RetractEdges = new CypherStatement(
            "retract-edges",
            $"""
            UNWIND $ids AS id
            MATCH (:{article} {"{"}{articleKey}: id{"}"})-[:{mentions}]->()-[r:{string.Join('|', _names.Types)}]-()
            WHERE id IN r.articles
            WITH r, collect(DISTINCT id) AS gone
            WITH r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN gone] AS kept
            SET r.evidence = CASE WHEN r.evidence IS NULL THEN null ELSE [i IN kept | r.evidence[i]] END,
                r.articles = [i IN kept | r.articles[i]]
            WITH r, kept
            WHERE size(kept) = 0
            DELETE r
            """,
            ["ids"]);
        RetractMentions = new CypherStatement(
            "retract-mentions",
            $"""
            UNWIND $ids AS id
            MATCH (:{article} {"{"}{articleKey}: id{"}"})-[m:{mentions}]->(n)
            DELETE m
            WITH DISTINCT n
            WHERE NOT EXISTS {"{"} (n)--() {"}"}
            DELETE n
            """,
            ["ids"]);
        DeleteArticles = new CypherStatement(
            "delete-articles",
            $"""
            UNWIND $ids AS id
            MATCH (a:{article} {"{"}{articleKey}: id{"}"})
            DETACH DELETE a
            """,
            ["ids"]);
        DeleteOrphans =
        [
            .. new[] { GraphKinds.Official, GraphKinds.Country }.Select(kind => new CypherStatement(
                $"delete-orphan-{kind}",
                $"MATCH (n:{_names.Label(kind)}) WHERE NOT EXISTS {"{"} (n)--() {"}"} DELETE n",
                [])),
        ];
    }

    public IReadOnlyList<CypherStatement> Schema { get; }

    public CypherStatement ArticleHashes { get; }

    public CypherStatement RetractEdges { get; }

    public CypherStatement RetractMentions { get; }

    public CypherStatement DeleteArticles { get; }

    /// <summary>Officials and countries left without any relationship after a prune.</summary>
    public IReadOnlyList<CypherStatement> DeleteOrphans { get; }

    /// <summary>Every statement this mapping can produce, for the Cypher lint.</summary>
    public IReadOnlyList<CypherStatement> All =>
    [
        .. Schema, ArticleHashes, RetractEdges, RetractMentions, DeleteArticles, .. DeleteOrphans,
        .. GraphKinds.Nodes.Select(kind => _mergeNodes[kind]), .. _mergeEdges.Select(pair => pair.Statement),
    ];

    /// <summary>
    /// The requests that replace a batch of articles: retract their old contributions, merge nodes
    /// (articles, officials, countries), then each relationship type in turn. Statements without rows
    /// are left out.
    /// </summary>
    public IReadOnlyList<BoundStatement> ForWrite(IReadOnlyList<GraphFacts> batch, bool retractFirst = true)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var statements = new List<BoundStatement>();
        if (retractFirst && batch.Count > 0)
        {
            var ids = batch.Select(facts => facts.Article.Id).ToList();
            statements.Add(Bind(RetractEdges, "ids", ids));
            statements.Add(Bind(RetractMentions, "ids", ids));
        }

        // An official named by several articles of the batch is one row, its properties merged in article order.
        var nodes = batch.SelectMany(facts => facts.Nodes)
            .GroupBy(node => node.Ref)
            .Select(group => group.Aggregate((merged, next) => merged with
            {
                Properties = merged.Properties.Concat(next.Properties)
                    .GroupBy(pair => pair.Key, StringComparer.Ordinal)
                    .ToDictionary(pair => pair.Key, pair => pair.Last().Value, StringComparer.Ordinal),
            }))
            .ToList();
        foreach (var kind in GraphKinds.Nodes)
        {
            var rows = WriteRows.Nodes(nodes.Where(node => node.Kind == kind));
            if (rows.Count > 0)
            {
                statements.Add(Bind(_mergeNodes[kind], "rows", rows));
            }
        }

        var edges = batch.SelectMany(facts => facts.Edges).ToList();
        foreach (var (shape, statement) in _mergeEdges)
        {
            var rows = WriteRows.Edges(edges.Where(shape.Fits), shape.HasEvidence);
            if (rows.Count > 0)
            {
                statements.Add(Bind(statement, "rows", rows));
            }
        }

        return statements;
    }

    /// <summary>The requests that remove articles and everything only they reported.</summary>
    public IReadOnlyList<BoundStatement> ForRetract(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var ids = articleIds.ToList();
        return
        [
            Bind(RetractEdges, "ids", ids),
            Bind(RetractMentions, "ids", ids),
            Bind(DeleteArticles, "ids", ids),
            .. DeleteOrphans.Select(statement => new BoundStatement(statement, new Dictionary<string, object?>())),
        ];
    }

    private static BoundStatement Bind(CypherStatement statement, string name, object value) =>
        new(statement, new Dictionary<string, object?>(StringComparer.Ordinal) { [name] = value });

    private IEnumerable<CypherStatement> SchemaStatements()
    {
        foreach (var kind in GraphKinds.Nodes)
        {
            var label = _names.Label(kind);
            var key = _names.Key(kind);
            yield return new CypherStatement(
                $"constraint-{kind}",
                $"CREATE CONSTRAINT {label.ToLowerInvariant()}_{key} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE",
                []);
        }

        foreach (var kind in GraphKinds.Edges)
        {
            var type = _names.Type(kind);
            yield return new CypherStatement(
                $"constraint-{kind}",
                $"CREATE CONSTRAINT {type.ToLowerInvariant()}_key IF NOT EXISTS FOR ()-[r:{type}]-() REQUIRE r.key IS UNIQUE",
                []);
        }
    }

    private CypherStatement MergeNode(string kind) => new(
        $"merge-{kind}",
        $"""
        UNWIND $rows AS row
        MERGE (n:{_names.Label(kind)} {"{"}{_names.Key(kind)}: row.id{"}"})
        SET n += row.props
        """,
        ["rows"]);

    private CypherStatement MergeEdge(EdgeShape shape)
    {
        var arrow = shape.Directed ? "->" : "-";
        // evidence before articles: its test must see the list as it was before this row.
        var evidence = shape.HasEvidence
            ? "\n    r.evidence = CASE WHEN row.article IN coalesce(r.articles, []) THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END,"
            : "";
        return new CypherStatement(
            $"merge-{shape.Kind}-{shape.ToKind}",
            $"""
            UNWIND $rows AS row
            MATCH (source:{_names.Label(shape.FromKind)} {"{"}{_names.Key(shape.FromKind)}: row.from{"}"})
            MATCH (target:{_names.Label(shape.ToKind)} {"{"}{_names.Key(shape.ToKind)}: row.to{"}"})
            MERGE (source)-[r:{_names.Type(shape.Kind)} {"{"}key: row.key{"}"}]{arrow}(target)
            SET r += row.props,{evidence}
                r.articles = coalesce(r.articles, []) + [x IN [row.article] WHERE NOT x IN coalesce(r.articles, [])]
            """,
            ["rows"]);
    }
}
