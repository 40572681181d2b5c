namespace Graph.Cli.Internal;

/// <summary>Every usage error of the newer commands, worded once, each naming the option at fault and how to fix it.</summary>
internal static class UsageErrors
{
    public static string BatchSize(int given) => $"--batch-size must be at least 1 (got {given})";

    public static string MaxBytes(long given) => $"--max-bytes must be at least 1 (got {given})";

    public static string Today(string given) => $"--today '{given}' is not a date; use YYYY-MM-DD, e.g. 2025-06-30";

    public static string Every(string given) => $"--every '{given}' is not an interval; use a whole number and a unit (s, m, h, d) of at least 1 s, e.g. 30s, 15m, 1h";

    public static string QuietAndVerbose() => "--quiet and --verbose cannot be used together; pick one";

    public static string Articles(int given) => $"--articles must be at least 1 (got {given})";

    public static string Repeat(int given) => $"--repeat must be at least 1 (got {given})";

    public static string Neo4jUri(string source, string maskedUri) =>
        $"{source} '{maskedUri}' is not an absolute http:// or https:// address of Neo4j's HTTP port; use e.g. http://localhost:7474";

    public static string Neo4jOptions(string problem) => $"the Neo4j settings (--neo4j*, NEO4J_*) are not usable: {problem}";

    public static string QueryNeedsNeo4j() =>
        "query needs a Neo4j server: set NEO4J_URI (e.g. http://localhost:7474) or pass --neo4j URI, with NEO4J_USER and NEO4J_PASSWORD";

    public static void Print(string command, IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"graph {command}: {problem}");
        }
        error.WriteLine($"Run 'graph {command} --help' for usage.");
    }
}
