namespace Graph.Tests;

/// <summary>A test that needs a real Neo4j: skipped, with the reason shown, unless NEO4J_URI is set.</summary>
public sealed class IntegrationFactAttribute : FactAttribute
{
    public IntegrationFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "SKIPPED: no real Neo4j. Set NEO4J_URI (e.g. http://localhost:7474 after `docker compose up neo4j`), NEO4J_PASSWORD and optionally NEO4J_USER/NEO4J_DATABASE to run it.";
        }
    }
}
