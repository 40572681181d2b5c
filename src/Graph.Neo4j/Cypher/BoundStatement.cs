namespace Graph.Neo4j.Cypher;

/// <summary>A statement with the parameter values of one request.</summary>
public sealed record BoundStatement(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>Rows sent in this request: the length of its list parameter.</summary>
    public int RowCount => Parameters.Values.OfType<System.Collections.ICollection>().Sum(list => list.Count);
}
