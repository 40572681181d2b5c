using Graph.Tests.Support;

namespace Graph.Tests.Commands;

public sealed class QueryCommandTests
{
    private const string Cypher = "MATCH (o:Official)-[m:MET]-() RETURN o.name AS name, count(m) AS meetings";

    [Fact]
    public async Task Query_TableFormat_PrintsHeaderCellsAndRowCount()
    {
        using var stub = Stub();

        var run = await CliRun.RunAsync(["query", Cypher], Environment(stub));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Cypher], stub.Statements);
        Assert.Matches(@"name\s+│\s+meetings", run.Output);
        Assert.Matches(@"Sergei Lavrov\s+│\s+3", run.Output);
        Assert.Contains("2 row(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_TsvFormat_PrintsTabSeparatedRows()
    {
        using var stub = Stub();

        var run = await CliRun.RunAsync(["query", Cypher, "--format", "tsv"], Environment(stub));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("name\tmeetings\nSergei Lavrov\t3\nAbbas\\tAraghchi\t\n", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Query_NoNeo4jUri_ExitsTwoSayingHowToSetIt()
    {
        var run = await CliRun.RunAsync(["query", Cypher]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("set NEO4J_URI", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WrongPassword_ExitsThreeWithNeo4jMessage()
    {
        using var stub = Stub();
        var environment = new Dictionary<string, string> { ["NEO4J_URI"] = stub.Uri, ["NEO4J_PASSWORD"] = "not-the-one" };

        var run = await CliRun.RunAsync(["query", Cypher], environment);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Neo4j refused the credentials", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-one", run.Error, StringComparison.Ordinal);
    }

    private static QueryApiStub Stub() => new()
    {
        Fields = ["name", "meetings"],
        Rows = [["Sergei Lavrov", 3], ["Abbas\tAraghchi", null]],
    };

    private static Dictionary<string, string> Environment(QueryApiStub stub) =>
        new() { ["NEO4J_URI"] = stub.Uri, ["NEO4J_USER"] = QueryApiStub.User, ["NEO4J_PASSWORD"] = QueryApiStub.Password };
}
