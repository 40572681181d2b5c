using Graph.Tests.Support;

namespace Graph.Tests.Cypher;

public class ShippedQueriesTests
{
    [Fact]
    public void Queries_EveryFileInQueriesFolder_PassesNeo4jsCypherLint()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "queries"), "*.cypher");

        Assert.NotEmpty(files);
        CypherLint.AssertClean(files.Select(file => new { script = File.ReadAllText(file), consoleCommands = true, parameters = (string[])["official"] }));
    }
}
