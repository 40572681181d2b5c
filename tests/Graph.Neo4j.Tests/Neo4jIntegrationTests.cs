using Graph.Loading;
using Graph.Neo4j;
using Graph.Tests.Facts;
using Graph.Tests.Support;

namespace Graph.Tests;

/// <summary>
/// Against a real Neo4j (5.26+) named by NEO4J_URI. The database is emptied first: point it at a
/// scratch database, never at one holding data you need.
/// </summary>
public sealed class Neo4jIntegrationTests : IDisposable
{
    private readonly Neo4jOptions _options = Neo4jOptions.FromEnvironment(Environment.GetEnvironmentVariable)
        ?? new Neo4jOptions { Uri = new Uri("http://localhost:7474") };

    private readonly Neo4jHttpClient _client;
    private readonly Neo4jGraphStore _store;

    public Neo4jIntegrationTests()
    {
        _client = new Neo4jHttpClient(_options);
        _store = new Neo4jGraphStore(_client, SampleFacts.Roster.Graph, Neo4jResilience.Create(_options, TimeProvider.System));
    }

    public void Dispose() => _client.Dispose();

    private Task<LoadReport> LoadAsync(IEnumerable<Graph.Articles.RawArticle>? input = null, bool prune = false) =>
        new LoadRunner(_store, SampleFacts.Roster, StoreHarness.Extract, new LoadOptions { BatchSize = 2, Prune = prune })
            .RunAsync(input ?? StoreHarness.SampleInput(), CancellationToken.None);

    private async Task<long> CountAsync(string statement) =>
        (await _client.RunAsync(statement, null, CancellationToken.None)).Values[0][0].GetInt64();

    private async Task<string> GraphAsync() =>
        string.Join(" ", await Task.WhenAll(
            CountAsync("MATCH (n) RETURN count(n)"),
            CountAsync("MATCH ()-[r]->() RETURN count(r)")));

    private async Task ResetAsync()
    {
        await _client.VerifyServerAsync(CancellationToken.None);
        await _client.RunAsync("MATCH (n) DETACH DELETE n", null, CancellationToken.None);
    }

    [IntegrationFact]
    public async Task Load_Twice_SameCountsAndNoChangesSecondTime()
    {
        await ResetAsync();

        var first = await LoadAsync();
        var counts = await GraphAsync();
        var second = await LoadAsync();

        Assert.True(first.Succeeded, first.Aborted);
        Assert.Equal(counts, await GraphAsync());
        Assert.Equal(4, second.SkippedUnchanged);
        // Officials 3, countries 3, articles 4 = 10 nodes.
        Assert.Equal(10, await CountAsync("MATCH (n) RETURN count(n)"));
        var call = await _client.RunAsync("MATCH ()-[r:CALLED]->() RETURN r.articles, r.evidence", null, CancellationToken.None);
        Assert.Equal(2, call.Values.Single()[0].GetArrayLength());
        Assert.Equal(2, call.Values.Single()[1].GetArrayLength());
    }

    [IntegrationFact]
    public async Task Load_ChangedArticle_OldContributionsGone()
    {
        await ResetAsync();
        await LoadAsync();
        var counts = await GraphAsync();

        await LoadAsync(StoreHarness.SampleInput(id => id == "ar-call" ? "ar-call v2" : id));

        Assert.Equal(counts, await GraphAsync());
        var evidence = (await _client.RunAsync("MATCH ()-[r:CALLED]->() RETURN r.evidence", null, CancellationToken.None)).Values.Single()[0];
        var sentences = evidence.EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Single(sentences, s => s.EndsWith("(v2)", StringComparison.Ordinal));
        Assert.Equal(2, sentences.Count);
    }

    [IntegrationFact]
    public async Task Load_Prune_RemovesTheArticleAndWhatOnlyItReported()
    {
        await ResetAsync();
        await LoadAsync();

        var report = await LoadAsync(StoreHarness.SampleInput().Where(raw => !raw.Path.Contains("fa-moscow", StringComparison.Ordinal)), prune: true);

        Assert.Equal(["fa-moscow"], report.Pruned);
        Assert.Equal(0, await CountAsync("MATCH ()-[r:VISITED]->() RETURN count(r)"));
        Assert.Equal(0, await CountAsync($"MATCH (o:Official {{id: '{SampleFacts.Zarif}'}}) RETURN count(o)"));
        Assert.Equal(0, await CountAsync("MATCH (c:Country {id: 'IRN'}) RETURN count(c)"));
        Assert.Equal(3, await CountAsync("MATCH (a:Article) RETURN count(a)"));
        Assert.Equal(1, await CountAsync("MATCH ()-[r:MET]->() RETURN count(r)"));
    }
}
