using Graph.Loading;
using Graph.Tests.Support;

namespace Graph.Tests;

public sealed class Neo4jGraphStoreTests : IDisposable
{
    private readonly StubNeo4j _stub = StubNeo4j.Start();

    public void Dispose() => _stub.Dispose();

    private static async Task<IReadOnlyList<string>> FaultFreeCommitsAsync()
    {
        using var clean = StubNeo4j.Start();
        using var harness = new StoreHarness(clean.Uri);
        var report = await harness.LoadAsync();
        Assert.True(report.Succeeded, report.Aborted);
        return clean.Committed;
    }

    [Fact]
    public async Task Load_SampleArticles_SendsTheGoldenRequests()
    {
        using var harness = new StoreHarness(_stub.Uri);

        var report = await harness.LoadAsync();

        Assert.True(report.Succeeded, report.Aborted);
        Golden.Verify("load-sample.txt", Golden.Transcript(_stub.Requests));
        // 1 hash query + 9 schema statements + one transaction of 11 statements (no invitation rows).
        Assert.Equal(21, _stub.Requests.Count);
        Assert.Equal(11, _stub.Requests.Count(r => r.Path.Contains("/tx", StringComparison.Ordinal)));
        Assert.Equal(["ar-call", "en-geneva", "fa-moscow", "ru-call"], _stub.Hashes.Keys.Order());
    }

    [Fact]
    public async Task Load_Twice_SecondRunSendsOnlyTheHashQuery()
    {
        using var harness = new StoreHarness(_stub.Uri);
        await harness.LoadAsync();
        var before = _stub.Requests.Count;

        var report = await harness.LoadAsync();

        Assert.Equal(4, report.SkippedUnchanged);
        var second = _stub.Requests.Skip(before).ToList();
        Assert.Single(second);
        Assert.False(second[0].IsWrite);
    }

    [Fact]
    public async Task Load_Transaction_EveryCallAfterOpenCarriesTheAffinity()
    {
        using var harness = new StoreHarness(_stub.Uri);

        await harness.LoadAsync();

        var transaction = _stub.Requests.Where(r => r.Path.Contains("/tx", StringComparison.Ordinal)).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", transaction[0].Path);
        Assert.Null(transaction[0].Affinity);
        Assert.All(transaction.Skip(1), r => Assert.Equal(StubNeo4j.Affinity, r.Affinity));
        Assert.EndsWith("/commit", transaction[^1].Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StubFault.ServiceUnavailable)]
    [InlineData(StubFault.DropConnection)]
    [InlineData(StubFault.Deadlock)]
    public async Task Load_TransientFaultMidTransaction_RetriedAndSameCommittedState(StubFault fault)
    {
        var expected = await FaultFreeCommitsAsync();
        using var harness = new StoreHarness(_stub.Uri);
        var statements = 0;
        _stub.Inject(fault, times: 2, when: r => r.Path.Contains("/tx", StringComparison.Ordinal) && ++statements % 3 == 0);
        _stub.Inject(fault, when: r => r.Method == "POST" && !r.IsWrite);

        var report = await harness.LoadAsync();

        Assert.True(report.Succeeded, report.Aborted);
        Assert.Equal(expected, _stub.Committed);
        Assert.Equal([1, 1, 2], harness.Time.Delays.Select(d => d.TotalSeconds).Order());
    }

    // The timeout is real time: 2 s leaves room for a loaded machine, where 300 ms sometimes timed out healthy requests too.
    [Fact]
    public async Task Load_RequestTimesOut_RetriedAndSameCommittedState()
    {
        var expected = await FaultFreeCommitsAsync();
        using var harness = new StoreHarness(_stub.Uri, o => new() { Uri = o.Uri, Password = o.Password, RetryJitter = 0, RequestTimeout = TimeSpan.FromSeconds(2) });
        _stub.Inject(StubFault.Hang, when: r => r.Path.EndsWith("/commit", StringComparison.Ordinal));

        var report = await harness.LoadAsync();

        Assert.True(report.Succeeded, report.Aborted);
        Assert.Equal(expected, _stub.Committed);
        Assert.Equal([TimeSpan.FromSeconds(1)], harness.Time.Delays);
    }

    [Fact]
    public async Task Load_ConnectionRefusedUntilServerStarts_Retried()
    {
        var port = StubNeo4j.FreePort();
        using var late = StubNeo4j.Create(port);
        using var harness = new StoreHarness(late.Uri);
        harness.Time.OnDelay = _ => late.Listen();

        var report = await harness.LoadAsync();

        Assert.True(report.Succeeded, report.Aborted);
        Assert.Equal([TimeSpan.FromSeconds(1)], harness.Time.Delays);
        Assert.Equal(4, late.Hashes.Count);
    }

    [Fact]
    public async Task Load_ServerStaysDown_GivesUpAfterBudgetThenCircuitFailsFast()
    {
        using var harness = new StoreHarness(_stub.Uri);
        _stub.Inject(StubFault.ServiceUnavailable, times: int.MaxValue);

        var first = await harness.LoadAsync();
        var requests = _stub.Requests.Count;
        var second = await harness.LoadAsync();

        Assert.Equal("Neo4j answered HTTP 503 ServiceUnavailable. (gave up after retrying for 30 s)", first.Aborted);
        Assert.Equal([1, 2, 4, 8, 16], harness.Time.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(6, requests);
        Assert.StartsWith($"Neo4j at {_stub.Uri} kept failing; not trying again for 60 s.", second.Aborted, StringComparison.Ordinal);
        Assert.Equal(requests, _stub.Requests.Count);
    }

    [Fact]
    public async Task Load_MemoryErrorOnBigBatch_SplitIntoHalvesAndAllWritten()
    {
        var expectedHashes = new Dictionary<string, string>(_stub.Hashes);
        using var harness = new StoreHarness(_stub.Uri);
        _stub.Inject(StubFault.MemoryError, times: int.MaxValue, when: r => r.Statement?.StartsWith("UNWIND $ids", StringComparison.Ordinal) == true && r.ListLength > 2);

        var report = await harness.LoadAsync();

        Assert.True(report.Succeeded, report.Aborted);
        Assert.Equal(4, _stub.Hashes.Count);
        var commits = _stub.Requests.Where(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commits.Count);
        Assert.Empty(harness.Time.Delays);
    }

    [Fact]
    public async Task Load_BadCredentials_FailsAtOnceWithAClearMessage()
    {
        using var harness = new StoreHarness(_stub.Uri, o => new() { Uri = o.Uri, Password = "wrong-password" });

        var report = await harness.LoadAsync();

        Assert.Equal(
            "Neo4j refused the credentials of user 'neo4j' (HTTP 401, Neo.ClientError.Security.Unauthorized). Check NEO4J_USER and NEO4J_PASSWORD.",
            report.Aborted);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task Load_UnknownDatabase_FailsAtOnceNamingIt()
    {
        using var harness = new StoreHarness(_stub.Uri, o => new() { Uri = o.Uri, Password = o.Password, Database = "contacts" });

        var report = await harness.LoadAsync();

        Assert.StartsWith("Neo4j has no database 'contacts' (Neo.ClientError.Database.DatabaseNotFound", report.Aborted, StringComparison.Ordinal);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task Load_SyntaxError_FailsAtOnceWithTheServersMessageAndRollsBack()
    {
        using var harness = new StoreHarness(_stub.Uri);
        _stub.Inject(StubFault.SyntaxError, when: r => r.Path.EndsWith("/tx", StringComparison.Ordinal));

        var report = await harness.LoadAsync();

        Assert.Equal("Neo4j error Neo.ClientError.Statement.SyntaxError: Invalid input 'MERG': expected 'MERGE' (line 2, column 1)", report.Aborted);
        Assert.Single(_stub.Requests, r => r.Path.EndsWith("/tx", StringComparison.Ordinal));
        Assert.Empty(harness.Time.Delays);
        Assert.Empty(_stub.Hashes);
    }

    [Fact]
    public async Task Load_ChangedArticle_RetractedThenRewritten()
    {
        using var harness = new StoreHarness(_stub.Uri);
        await harness.LoadAsync();
        var before = _stub.Requests.Count;

        var report = await harness.LoadAsync(StoreHarness.SampleInput(id => id == "ar-call" ? "ar-call v2" : id));

        Assert.Equal(1, report.Written);
        var statements = _stub.Requests.Skip(before).Where(r => r.Statement?.StartsWith("UNWIND", StringComparison.Ordinal) == true).Select(r => r.Statement!.Split('\n')[1]).ToList();
        Assert.StartsWith("MATCH (:Article {id: id})-[:MENTIONS]->()-[r:", statements[0], StringComparison.Ordinal);
        Assert.StartsWith("MATCH (:Article {id: id})-[m:MENTIONS]->(n)", statements[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Prune_RetractsAndDeletesAbsentArticles()
    {
        using var harness = new StoreHarness(_stub.Uri);
        await harness.LoadAsync();

        var report = await harness.LoadAsync(StoreHarness.SampleInput().Take(3), prune: true);

        Assert.Equal(["fa-moscow"], report.Pruned);
        Assert.Equal(["ar-call", "en-geneva", "ru-call"], _stub.Hashes.Keys.Order());
    }
}
