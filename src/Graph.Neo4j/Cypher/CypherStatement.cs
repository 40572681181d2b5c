namespace Graph.Neo4j.Cypher;

/// <summary>A Cypher statement and the names of the parameters it expects.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyList<string> Parameters);
