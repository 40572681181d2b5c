using System.Text;
using Graph.Articles;
using Graph.Facts;
using Graph.Loading;
using Graph.Neo4j;
using Graph.Tests.Facts;

namespace Graph.Tests.Support;

/// <summary>A Neo4j store wired to a stub server with fake time, and a runner that loads the sample articles.</summary>
internal sealed class StoreHarness : IDisposable
{
    public StoreHarness(Uri uri, Func<Neo4jOptions, Neo4jOptions>? adjust = null)
    {
        var options = new Neo4jOptions
        {
            Uri = uri,
            Password = StubNeo4j.Password,
            RetryJitter = 0,
            RequestTimeout = TimeSpan.FromSeconds(10),
            CircuitFailureThreshold = 6,
        };
        Options = adjust is null ? options : adjust(options);
        Time = new FakeTimeProvider();
        Client = new Neo4jHttpClient(Options);
        Store = new Neo4jGraphStore(Client, SampleFacts.Roster.Graph, Neo4jResilience.Create(Options, Time));
    }

    public Neo4jOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public Neo4jHttpClient Client { get; }

    public Neo4jGraphStore Store { get; }

    /// <summary>The sample articles as files whose bytes are their ids (or the given variants).</summary>
    public static IEnumerable<RawArticle> SampleInput(Func<string, string>? text = null) =>
        SampleFacts.Sample.Select(x => new RawArticle($"in/{x.Article.Id}.txt", Encoding.UTF8.GetBytes(text?.Invoke(x.Article.Id) ?? x.Article.Id)));

    public static ArticleExtraction Extract(RawArticle raw)
    {
        var id = ArticleIdentity.IdOf(raw.Path);
        var sample = SampleFacts.Sample.Single(x => x.Article.Id == id);
        var text = Encoding.UTF8.GetString(raw.Bytes);
        // A changed file ("<id> v2") reports the same contacts with other evidence.
        return text == id ? sample : sample with { Contacts = [.. sample.Contacts.Select(c => c with { Evidence = c.Evidence + " (v2)" })] };
    }

    public Task<LoadReport> LoadAsync(IEnumerable<RawArticle>? input = null, int batchSize = 100, bool prune = false) =>
        new LoadRunner(Store, SampleFacts.Roster, Extract, new LoadOptions { BatchSize = batchSize, Prune = prune })
            .RunAsync(input ?? SampleInput(), CancellationToken.None);

    public void Dispose() => Client.Dispose();
}
