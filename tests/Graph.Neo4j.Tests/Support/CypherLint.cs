using System.Diagnostics;
using System.Text.Json;

namespace Graph.Tests.Support;

/// <summary>Runs tools/cypher-lint (Neo4j's own Cypher parser and semantic analysis) over lint items.</summary>
internal static class CypherLint
{
    public static void AssertClean(IEnumerable<object> items)
    {
        var root = RepoPaths.Root;
        var tool = Path.Combine(root, "tools", "cypher-lint");
        Assert.True(
            Directory.Exists(Path.Combine(tool, "node_modules", "@neo4j-cypher", "language-support")),
            "The Cypher lint is not installed: run `npm ci --prefix tools/cypher-lint` (needs Node 20+).");

        var input = Path.Combine(Path.GetTempPath(), $"cypher-lint-{Guid.NewGuid():N}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(items));
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(tool, "lint.mjs"), input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = tool,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"cypher-lint exit {process.ExitCode}:\n{errors.Result}\n{output}");
        }
        finally
        {
            File.Delete(input);
        }
    }
}
