using System.Text;
using System.Text.Json;
using Graph.Articles;
using Graph.Loading;
using Graph.Neo4j;
using Graph.Tests.Facts;
using Graph.Tests.Support;

namespace Graph.Tests.Files;

public sealed class FileGraphStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"graph-files-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<LoadReport> LoadAsync(IEnumerable<RawArticle>? input = null, bool prune = false) =>
        new LoadRunner(new FileGraphStore(_folder, SampleFacts.Roster.Graph), SampleFacts.Roster, StoreHarness.Extract, new LoadOptions { Prune = prune })
            .RunAsync(input ?? StoreHarness.SampleInput(), CancellationToken.None);

    private List<JsonElement> Facts() =>
        [.. File.ReadAllLines(Path.Combine(_folder, FileGraphStore.FactsFile)).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private JsonElement Edge(string type) => Facts().Single(f => f.TryGetProperty("relationship", out var t) && t.GetString() == type);

    [Fact]
    public async Task Load_Sample_OneCallEdgeReportedByTwoArticles()
    {
        var report = await LoadAsync();

        Assert.True(report.Succeeded);
        var call = Edge("CALLED");
        Assert.Equal("call:antony-blinken|sergey-lavrov:2022-07-29", call.GetProperty("key").GetString());
        Assert.Equal(["ar-call", "ru-call"], call.GetProperty("properties").GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, call.GetProperty("properties").GetProperty("evidence").GetArrayLength());
        Assert.Equal(3, Facts().Count(f => f.TryGetProperty("node", out var l) && l.GetString() == "Official"));
        Assert.Contains("Сергей Лавров", File.ReadAllText(Path.Combine(_folder, FileGraphStore.FactsFile)), StringComparison.Ordinal);
        Assert.Equal(report.Counters.RelationshipsCreated, Facts().Count(f => f.TryGetProperty("relationship", out _)));
    }

    [Fact]
    public async Task Load_Twice_SecondRunWritesNothing()
    {
        await LoadAsync();
        var written = File.GetLastWriteTimeUtc(Path.Combine(_folder, FileGraphStore.StateFile));
        var files = Directory.GetFiles(_folder).Order().Select(File.ReadAllText).ToList();

        var report = await LoadAsync();

        Assert.Equal(4, report.SkippedUnchanged);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(_folder, FileGraphStore.StateFile)));
        Assert.Equal(files, Directory.GetFiles(_folder).Order().Select(File.ReadAllText));
    }

    [Fact]
    public async Task Load_ChangedArticle_ItsEvidenceReplaced()
    {
        await LoadAsync();

        await LoadAsync(StoreHarness.SampleInput(id => id == "ar-call" ? "ar-call v2" : id));

        var evidence = Edge("CALLED").GetProperty("properties").GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, evidence.Count);
        Assert.EndsWith("(v2)", evidence[0], StringComparison.Ordinal);
        Assert.DoesNotContain(evidence, e => e.StartsWith("أجرى", StringComparison.Ordinal) && !e.EndsWith("(v2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_Prune_ArticleAndWhatOnlyItReportedGone()
    {
        await LoadAsync();

        var report = await LoadAsync(StoreHarness.SampleInput().Where(raw => !raw.Path.Contains("fa-moscow", StringComparison.Ordinal)), prune: true);

        Assert.Equal(["fa-moscow"], report.Pruned);
        Assert.DoesNotContain(Facts(), f => f.TryGetProperty("relationship", out var t) && t.GetString() == "VISITED");
        Assert.DoesNotContain(Facts(), f => f.GetProperty(f.TryGetProperty("id", out _) ? "id" : "key").GetString()!.Contains(SampleFacts.Zarif, StringComparison.Ordinal));
        Assert.DoesNotContain("fa-moscow", File.ReadAllText(Path.Combine(_folder, FileGraphStore.StateFile)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Script_PassesNeo4jsCypherLintWithItsParamLines()
    {
        await LoadAsync();
        var script = File.ReadAllText(Path.Combine(_folder, FileGraphStore.ScriptFile));

        Assert.Contains(":param rows => [{id: 'ar-call', props: {path: 'articles/ar-call.txt'", script, StringComparison.Ordinal);
        // The analyser does not track :param lines, so the names they set are declared; their syntax is still checked.
        CypherLint.AssertClean([new { script, consoleCommands = true, parameters = (string[])["ids", "rows"] }]);
    }

    [Fact]
    public async Task GetArticleHashes_CorruptState_ClearMessage()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, FileGraphStore.StateFile), "{ not json", Encoding.UTF8);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(
            () => new FileGraphStore(_folder, SampleFacts.Roster.Graph).GetArticleHashesAsync(CancellationToken.None));

        Assert.Contains("is not a state file this loader wrote", exception.Message, StringComparison.Ordinal);
    }
}
