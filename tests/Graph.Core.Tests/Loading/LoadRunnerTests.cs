using System.Text;
using Graph.Articles;
using Graph.Facts;
using Graph.Loading;
using Graph.Tests.Facts;

namespace Graph.Tests.Loading;

public class LoadRunnerTests
{
    private readonly RecordingStore _store = new();
    private readonly List<string> _extracted = [];

    private static RawArticle Raw(string id, string text = "") => new($"in/{id}.txt", Encoding.UTF8.GetBytes(text.Length == 0 ? id : text));

    /// <summary>Extracts by looking the file's id up in the sample set; "bad" fails, "boom" throws.</summary>
    private ArticleExtraction Extract(RawArticle raw)
    {
        var id = ArticleIdentity.IdOf(raw.Path);
        _extracted.Add(id);
        if (id == "boom")
        {
            throw new InvalidOperationException("the decoder gave up");
        }

        var sample = SampleFacts.Sample.FirstOrDefault(x => x.Article.Id == id)
            ?? SampleFacts.ExtractionOf(id, "en", null, []);
        return id == "bad" ? sample with { Failed = true, Warnings = ["not UTF-8, UTF-16 or Windows-1256"] } : sample;
    }

    private LoadRunner Runner(int batchSize = 100, bool prune = false, IProgress<LoadProgress>? progress = null) =>
        new(_store, SampleFacts.Roster, Extract, new LoadOptions { BatchSize = batchSize, Prune = prune }, progress);

    private static IEnumerable<RawArticle> SampleInput() => SampleFacts.Sample.Select(x => Raw(x.Article.Id));

    [Fact]
    public async Task RunAsync_NewArticles_WrittenWithRunnerIdAndHash()
    {
        var report = await Runner().RunAsync(SampleInput(), CancellationToken.None);

        Assert.True(report.Succeeded);
        Assert.Equal(4, report.Read);
        Assert.Equal(4, report.Written);
        Assert.Equal(["hashes", "schema", "write en-geneva,ru-call,ar-call,fa-moscow"], _store.Calls);
        Assert.Equal(ArticleIdentity.HashOf(Encoding.UTF8.GetBytes("ru-call")), _store.Hashes["ru-call"]);
        Assert.Equal(new Dictionary<string, int> { ["meeting"] = 2, ["call"] = 2, ["visit"] = 1 }, report.ContactsByType);
        Assert.Equal(4, report.Counters.NodesCreated);
    }

    [Fact]
    public async Task RunAsync_SecondRunSameInput_SkipsWithoutExtractingOrWriting()
    {
        await Runner().RunAsync(SampleInput(), CancellationToken.None);
        _store.Calls.Clear();
        _extracted.Clear();

        var report = await Runner().RunAsync(SampleInput(), CancellationToken.None);

        Assert.Equal(4, report.SkippedUnchanged);
        Assert.Equal(0, report.Written);
        Assert.Empty(_extracted);
        Assert.Equal(["hashes"], _store.Calls);
    }

    [Fact]
    public async Task RunAsync_ChangedArticle_OnlyItIsExtractedAndWritten()
    {
        await Runner().RunAsync(SampleInput(), CancellationToken.None);
        _extracted.Clear();

        var input = SampleInput().Select(raw => raw.Path.Contains("ar-call", StringComparison.Ordinal) ? raw with { Bytes = [1, 2, 3] } : raw);
        var report = await Runner().RunAsync(input, CancellationToken.None);

        Assert.Equal(["ar-call"], _extracted);
        Assert.Equal(3, report.SkippedUnchanged);
        Assert.Equal("write ar-call", _store.Calls[^1]);
    }

    [Fact]
    public async Task RunAsync_BatchSizeTwo_FiveArticlesInThreeWrites()
    {
        var report = await Runner(batchSize: 2).RunAsync([.. SampleInput(), Raw("extra")], CancellationToken.None);

        Assert.Equal([2, 2, 1], _store.Batches.Select(b => b.Count));
        Assert.Equal(1, _store.Calls.Count(call => call == "schema"));
        Assert.Equal(5, report.Written);
    }

    [Fact]
    public async Task RunAsync_FailedAndThrowingExtractions_ReportedAndRunGoesOn()
    {
        var report = await Runner().RunAsync([Raw("bad"), Raw("boom"), Raw("en-geneva")], CancellationToken.None);

        Assert.False(report.Succeeded);
        Assert.Equal(1, report.Written);
        Assert.Equal(
            [new ArticleFailure("in/bad.txt", "not UTF-8, UTF-16 or Windows-1256"), new ArticleFailure("in/boom.txt", "extraction failed: the decoder gave up")],
            report.Failed);
    }

    [Fact]
    public async Task RunAsync_DuplicateId_SecondIsAFailure()
    {
        var report = await Runner().RunAsync([Raw("en-geneva"), new RawArticle("other/en-geneva.html", [9])], CancellationToken.None);

        Assert.Equal(1, report.Written);
        Assert.Contains("already has the article id 'en-geneva'", report.Failed.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Prune_RetractsOnlyIdsAbsentFromInput()
    {
        _store.Hashes["gone"] = "x";
        _store.Hashes["en-geneva"] = ArticleIdentity.HashOf(Encoding.UTF8.GetBytes("en-geneva"));

        var report = await Runner(prune: true).RunAsync([Raw("en-geneva"), Raw("bad")], CancellationToken.None);

        Assert.Equal(["gone"], report.Pruned);
        Assert.Equal(["hashes", "schema", "retract gone"], _store.Calls);
        Assert.Equal(1, report.Counters.NodesDeleted);
    }

    [Fact]
    public async Task RunAsync_WithoutPrune_AbsentArticlesStay()
    {
        _store.Hashes["gone"] = "x";

        var report = await Runner().RunAsync([Raw("en-geneva")], CancellationToken.None);

        Assert.Empty(report.Pruned);
        Assert.True(_store.Hashes.ContainsKey("gone"));
    }

    [Fact]
    public async Task RunAsync_CancelledAfterFirstBatch_StopsBetweenArticlesAndNeverHalfABatch()
    {
        using var cancellation = new CancellationTokenSource();
        _store.OnWrite = cancellation.Cancel;

        var report = await Runner(batchSize: 2, prune: true).RunAsync([.. SampleInput(), Raw("extra")], cancellation.Token);

        Assert.True(report.Cancelled);
        Assert.False(report.Succeeded);
        Assert.Equal(2, report.Written);
        Assert.Single(_store.Batches);
        Assert.DoesNotContain(_store.Calls, call => call.StartsWith("retract", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_StoreFailsForGood_ReportsAbortedWithItsMessage()
    {
        _store.FailWrite = _ => new GraphStoreException("Neo4j refused the credentials");

        var report = await Runner().RunAsync(SampleInput(), CancellationToken.None);

        Assert.Equal("Neo4j refused the credentials", report.Aborted);
        Assert.Equal(0, report.Written);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public async Task RunAsync_Progress_ReportedPerArticleAndPerWrite()
    {
        var seen = new List<LoadProgress>();
        var progress = new SynchronousProgress(seen.Add);

        await Runner(progress: progress).RunAsync([Raw("en-geneva"), Raw("bad")], CancellationToken.None);

        Assert.Equal(
            [new LoadProgress(1, 0, 0, 0, "in/en-geneva.txt"), new LoadProgress(2, 0, 1, 0, "in/bad.txt"), new LoadProgress(2, 0, 1, 1, null)],
            seen);
    }

    [Fact]
    public void Constructor_BatchSizeZero_ThrowsWithTheProblem()
    {
        var exception = Assert.Throws<ArgumentException>(() => Runner(batchSize: 0));

        Assert.Contains("batch size must be at least 1", exception.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
