namespace Graph.Neo4j;

/// <summary>
/// An explicit Query API transaction (5.26+). Nothing is sent until the first statement, which opens
/// it (POST .../tx); later statements go to .../tx/{id}, the last one with the commit
/// (POST .../tx/{id}/commit). Every call after the first carries the neo4j-cluster-affinity header
/// the server returned, so that a cluster routes it to the member holding the transaction.
/// </summary>
public sealed class Neo4jTransaction
{
    private readonly Neo4jHttpClient _client;
    private string? _id;
    private string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jHttpClient client) => _client = client;

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var path = _id is null ? "/tx" : $"/tx/{Uri.EscapeDataString(_id)}";
        var (result, id, affinity) = await _client.SendAsync(HttpMethod.Post, path, statement, parameters, _affinity, cancellationToken).ConfigureAwait(false);
        if (_id is null)
        {
            _id = id ?? throw new Neo4jException("Neo4j opened a transaction but did not say its id; is this server older than 5.26?");
            _affinity = affinity;
        }

        return result;
    }

    /// <summary>Commits, running <paramref name="statement"/> first when given; a transaction never opened runs it alone.</summary>
    public async Task<Neo4jResult> CommitAsync(string? statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_id is null)
        {
            return statement is null ? Neo4jResult.Empty : await _client.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        }

        var (result, _, _) = await _client.SendAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(_id)}/commit", statement, parameters, _affinity, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Rolls back (DELETE .../tx/{id}) unless the transaction was never opened or already finished.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished || _id is null)
        {
            _finished = true;
            return;
        }

        _finished = true;
        await _client.SendAsync(HttpMethod.Delete, $"/tx/{Uri.EscapeDataString(_id)}", null, null, _affinity, cancellationToken).ConfigureAwait(false);
    }
}
