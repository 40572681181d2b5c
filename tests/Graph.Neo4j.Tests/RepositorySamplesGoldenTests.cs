using Graph.Articles;
using Graph.Extraction;
using Graph.Loading;
using Graph.Mappings;
using Graph.Neo4j;
using Graph.Tests.Support;
using Graph.Text;

namespace Graph.Tests;

/// <summary>
/// The statements and parameters a load of the repository's samples/ sends to Neo4j, extracted with the
/// real mappings, against a golden file: a change of the mappings or the rules shows as a reviewable
/// diff of what reaches the database (UPDATE_GOLDEN=1 rewrites it).
/// </summary>
public sealed class RepositorySamplesGoldenTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly StubNeo4j _stub = StubNeo4j.Start();

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task Load_RepositorySamples_SendsTheGoldenRequests()
    {
        var root = RepoPaths.Root;
        var mappings = MappingLoader.LoadDirectory(Path.Combine(root, "mappings"), TextNormalizer.NormalizePhrase);
        var extractor = new Extractor(CompiledMappings.Compile(mappings), Today);
        var options = new Neo4jOptions { Uri = _stub.Uri, Password = StubNeo4j.Password, RetryJitter = 0 };
        using var client = new Neo4jHttpClient(options);
        var store = new Neo4jGraphStore(client, mappings.Graph, Neo4jResilience.Create(options, new FakeTimeProvider()));
        var input = Directory.EnumerateFiles(Path.Combine(root, "samples"))
            .Order(StringComparer.Ordinal)
            .Select(path => new RawArticle("samples/" + Path.GetFileName(path), File.ReadAllBytes(path)));

        var report = await new LoadRunner(store, mappings, extractor.Extract, new LoadOptions()).RunAsync(input, CancellationToken.None);

        Assert.True(report.Succeeded, report.Aborted);
        Assert.Empty(report.Failed);
        Golden.Verify("load-repository-samples.txt", Golden.Transcript(_stub.Requests));
    }
}
