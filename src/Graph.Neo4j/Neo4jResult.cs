using System.Text.Json;
using Graph.Loading;

namespace Graph.Neo4j;

/// <summary>What a statement returned: column names, rows of plain JSON values, and what it changed.</summary>
public sealed record Neo4jResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<JsonElement>> Values,
    WriteCounters Counters)
{
    public static Neo4jResult Empty { get; } = new([], [], WriteCounters.Zero);
}
