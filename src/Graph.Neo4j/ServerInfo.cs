namespace Graph.Neo4j;

/// <summary>What the discovery document (GET /) says; both are null on Aura, which does not publish them.</summary>
public sealed record ServerInfo(string? Version, string? Edition);
