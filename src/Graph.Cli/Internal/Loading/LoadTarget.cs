using Graph.Loading;
using Graph.Mappings;
using Graph.Neo4j;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Internal.Loading;

/// <summary>Where a load writes: a Neo4j database (client, pipeline and store built once) or a folder of files.</summary>
internal sealed class LoadTarget : IDisposable
{
    private readonly Neo4jHttpClient? _client;

    private LoadTarget(IGraphStore store, string description, FileGraphStore? files, Neo4jHttpClient? client)
    {
        Store = store;
        Description = description;
        Files = files;
        _client = client;
    }

    public IGraphStore Store { get; }

    /// <summary>For messages; never carries a password.</summary>
    public string Description { get; }

    /// <summary>The store of graph files, or null for Neo4j.</summary>
    public FileGraphStore? Files { get; }

    public static LoadTarget ToFiles(string outDir, GraphMapping mapping)
    {
        var files = new FileGraphStore(outDir, mapping);
        return new(files, $"files in {outDir}", files, null);
    }

    public static LoadTarget Neo4j(Neo4jOptions options, GraphMapping mapping, TimeProvider clock, ILogger logger)
    {
        var client = new Neo4jHttpClient(options);
        var store = new Neo4jGraphStore(client, mapping, Neo4jResilience.Create(options, clock, logger));
        return new LoadTarget(store, $"Neo4j at {SecretMask.Mask(options.Uri.ToString())} (database {options.Database}, user {options.User})", null, client);
    }

    /// <summary>Checks that the server is a Neo4j recent enough, before any article is read.</summary>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        if (_client is not null)
        {
            await _client.VerifyServerAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _client?.Dispose();
}
