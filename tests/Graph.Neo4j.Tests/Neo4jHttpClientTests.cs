using Graph.Neo4j;
using Graph.Tests.Support;

namespace Graph.Tests;

public sealed class Neo4jHttpClientTests : IDisposable
{
    private readonly StubNeo4j _stub = StubNeo4j.Start();

    public void Dispose() => _stub.Dispose();

    private Neo4jHttpClient Client() => new(new Neo4jOptions { Uri = _stub.Uri, Password = StubNeo4j.Password });

    [Theory]
    [InlineData("5.26.0")]
    [InlineData("2025.10.1")]
    public async Task VerifyServer_SupportedVersion_ReturnsInfoWithoutAuthentication(string version)
    {
        _stub.Version = version;
        using var client = Client();

        var info = await client.VerifyServerAsync(CancellationToken.None);

        Assert.Equal(new ServerInfo(version, "community"), info);
        Assert.Null(_stub.Requests.Single().Authorization);
    }

    [Fact]
    public async Task VerifyServer_Version525_FailsNamingTheFloor()
    {
        _stub.Version = "5.25.1";
        using var client = Client();

        var exception = await Assert.ThrowsAsync<Neo4jException>(() => client.VerifyServerAsync(CancellationToken.None));

        Assert.Contains("Neo4j 5.25.1 is older than 5.26", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NothingListening_UnreachableMessageAndTransient()
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{StubNeo4j.FreePort()}") });

        var exception = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.StartsWith("Cannot reach Neo4j at http://127.0.0.1:", exception.Message, StringComparison.Ordinal);
        Assert.True(Neo4jFailures.IsTransient(exception));
    }

    [Fact]
    public async Task RunAsync_Accepted202WithErrors_FailsWithLastError()
    {
        _stub.Inject(StubFault.Deadlock);
        using var client = Client();

        var exception = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("MERGE (n:X {id: 1})", null, CancellationToken.None));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", exception.Code);
        Assert.Equal(202, exception.HttpStatus);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_OperationCanceledNotTimeout()
    {
        _stub.Inject(StubFault.Hang);
        using var client = Client();
        using var cancellation = new CancellationTokenSource();
        var run = client.RunAsync("RETURN 1", null, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Theory]
    [InlineData("5.26.3", 5, 26)]
    [InlineData("2025.01.0-enterprise", 2025, 1)]
    [InlineData("dev", -1, -1)]
    public void ParseVersion_Forms_MajorMinor(string text, int major, int minor)
    {
        var version = Neo4jHttpClient.ParseVersion(text);

        Assert.Equal(major < 0 ? null : new Version(major, minor), version);
    }
}
