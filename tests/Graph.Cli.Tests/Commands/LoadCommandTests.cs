using System.Text.Json;
using Graph.Tests.Support;

namespace Graph.Tests.Commands;

public sealed class LoadCommandTests
{
    [Fact]
    public async Task Load_NoNeo4jUri_WritesGraphFilesAndSecondLoadSkipsAllAsUnchanged()
    {
        using var folder = new TempFolder();
        var articles = TestArticles.WriteAll(folder);
        var outDir = Path.Combine(folder.Path, "out");
        string[] args = ["load", articles, "--out", outDir, "--mappings", RepoPaths.Mappings, "--today", "2025-09-01"];

        var first = await CliRun.RunAsync(args);
        var second = await CliRun.RunAsync(args);

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "facts.jsonl")));
        Assert.True(File.Exists(Path.Combine(outDir, "graph.cypher")));
        Assert.True(File.Exists(Path.Combine(outDir, "state.json")));
        Assert.Matches(@"written\s+4\n", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"skipped as unchanged\s+4\n", second.Output);
        Assert.Matches(@"written\s+0\n", second.Output);
    }

    [Fact]
    public async Task Load_EmptyBinaryAndMissingInputs_ExitsOneWithReasonsAndLoadsTheRest()
    {
        using var folder = new TempFolder();
        var articles = TestArticles.WriteAll(folder);
        folder.Write("articles/empty.txt", []);
        folder.Write("articles/photo.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x01, 0x02]);
        var missing = Path.Combine(folder.Path, "no-such-article.txt");

        var run = await CliRun.RunAsync(["load", articles, missing, "--out", Path.Combine(folder.Path, "out"), "--mappings", RepoPaths.Mappings]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("photo.bin: binary", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-article.txt: no such file", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"read\s+7\n", run.Output);
        Assert.Matches(@"failed\s+3\n", run.Output);
        Assert.Matches(@"written\s+4\n", run.Output);
    }

    [Fact]
    public async Task Load_BrokenMappingFile_ExitsTwoNamingFileLineAndColumn()
    {
        using var folder = new TempFolder();
        var mappings = ExtractCommandTests.CopyOfMappings(folder);
        File.AppendAllText(Path.Combine(mappings, "officials.yaml"), "\n  - id: [unclosed\n");

        var run = await CliRun.RunAsync(["load", TestArticles.WriteAll(folder), "--out", Path.Combine(folder.Path, "out"), "--mappings", mappings]);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"officials\.yaml:\d+:\d+", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public async Task Load_BadOptions_ExitsTwoNamingEveryOption()
    {
        var run = await CliRun.RunAsync(["load", "x", "--batch-size", "0", "--every", "soon", "--today", "30/06/2025", "--quiet", "--verbose"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--batch-size must be at least 1 (got 0)", run.Error, StringComparison.Ordinal);
        Assert.Contains("--every 'soon' is not an interval", run.Error, StringComparison.Ordinal);
        Assert.Contains("--today '30/06/2025' is not a date", run.Error, StringComparison.Ordinal);
        Assert.Contains("--quiet and --verbose", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_WrongNeo4jCredentials_ExitsThreeSayingSo()
    {
        using var stub = new QueryApiStub();
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { ["NEO4J_URI"] = stub.Uri, ["NEO4J_PASSWORD"] = "wrong-password" };

        var run = await CliRun.RunAsync(["load", TestArticles.WriteAll(folder), "--mappings", RepoPaths.Mappings], environment);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Neo4j refused the credentials of user 'neo4j'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Check NEO4J_USER and NEO4J_PASSWORD", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_PasswordInUriAndVariable_NeverEchoed()
    {
        using var stub = new QueryApiStub();
        using var folder = new TempFolder();
        var withCredentials = stub.Uri.Replace("http://", "http://neo4j:uri-secret-1@", StringComparison.Ordinal);
        var environment = new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "variable-secret-2" };

        var run = await CliRun.RunAsync(["load", TestArticles.WriteAll(folder), "--neo4j", withCredentials, "--mappings", RepoPaths.Mappings, "--verbose"], environment);
        var badScheme = await CliRun.RunAsync(["load", "x", "--neo4j", "bolt://neo4j:uri-secret-3@127.0.0.1:7687"]);

        Assert.Equal(3, run.ExitCode);
        Assert.DoesNotContain("secret", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Equal(2, badScheme.ExitCode);
        Assert.Contains("--neo4j 'bolt://neo4j:***@127.0.0.1:7687' is not", badScheme.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("uri-secret-3", badScheme.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_EveryWithFakeClock_LoadsTwiceAndStopsOnCancellation()
    {
        using var folder = new TempFolder();
        var articles = TestArticles.WriteAll(folder);
        var report = Path.Combine(folder.Path, "report.json");
        using var stop = new CancellationTokenSource();
        var clock = new FakeClock
        {
            OnDelay = count =>
            {
                if (count < 2)
                {
                    return true;
                }
                stop.Cancel();
                return false;
            },
        };

        var run = await CliRun.RunAsync(
            ["load", articles, "--every", "15m", "--out", Path.Combine(folder.Path, "out"), "--report", report, "--mappings", RepoPaths.Mappings],
            clock: clock,
            cancellation: stop.Token);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15)], clock.Delays);
        Assert.Equal(2, run.Output.Split('\n').Count(line => line.StartsWith("target", StringComparison.Ordinal)));
        Assert.Matches(@"skipped as unchanged\s+4\n", run.Output);
        Assert.Contains("stopped on request between loads", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(4, json.RootElement.GetProperty("report").GetProperty("skippedUnchanged").GetInt32());
    }

    [Fact]
    public async Task Load_CancelledBeforeTheFirstArticle_ExitsOneSayingNothingWasWritten()
    {
        using var folder = new TempFolder();
        var articles = TestArticles.WriteAll(folder);
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var run = await CliRun.RunAsync(["load", articles, "--out", Path.Combine(folder.Path, "out"), "--mappings", RepoPaths.Mappings], cancellation: stop.Token);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("stopped on request: 0 article(s) written; 0 read but not written (they load on the next run); 4 input(s) not read", run.Error, StringComparison.Ordinal);
    }
}
