using Graph.Facts;
using Graph.Loading;
using Graph.Mappings;
using Graph.Neo4j.Cypher;
using Polly;
using Polly.CircuitBreaker;

namespace Graph.Neo4j;

/// <summary>
/// Writes graph facts to Neo4j over the Query API. A batch of articles is one explicit transaction
/// of at most a dozen requests (each statement carries the rows of the whole batch), run through the
/// resilience pipeline as a unit: a transient failure rolls the transaction back and runs it again,
/// which is safe because every write is a MERGE or a retraction of the same articles. When the server
/// runs out of memory for a batch, the batch is written again in halves.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jHttpClient _client;
    private readonly CypherStatements _statements;
    private readonly ResiliencePipeline _pipeline;

    public Neo4jGraphStore(Neo4jHttpClient client, GraphMapping mapping, ResiliencePipeline pipeline)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _statements = new CypherStatements(mapping);
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
    }

    public async Task<IReadOnlyDictionary<string, string>> GetArticleHashesAsync(CancellationToken cancellationToken)
    {
        var statement = _statements.ArticleHashes;
        var result = await RunAsync(
            async token => await _client.RunAsync(statement.Text, null, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in result.Values)
        {
            if (row.Count == 2 && row[0].GetString() is { } id && row[1].ValueKind == System.Text.Json.JsonValueKind.String)
            {
                hashes[id] = row[1].GetString()!;
            }
        }

        return hashes;
    }

    public async Task<WriteCounters> WriteArticlesAsync(IReadOnlyList<GraphFacts> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return WriteCounters.Zero;
        }

        try
        {
            return await RunUnitAsync(_statements.ForWrite(articles), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException exception) when (Neo4jFailures.CallsForSplit(exception) && articles.Count > 1)
        {
            var half = articles.Count / 2;
            var first = await WriteArticlesAsync([.. articles.Take(half)], cancellationToken).ConfigureAwait(false);
            return first + await WriteArticlesAsync([.. articles.Skip(half)], cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<WriteCounters> RetractArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return articleIds.Count == 0
            ? Task.FromResult(WriteCounters.Zero)
            : RunUnitAsync(_statements.ForRetract(articleIds), cancellationToken);
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        // Schema changes cannot share a transaction with data writes, nor with each other reliably: one request each.
        foreach (var statement in _statements.Schema)
        {
            await RunAsync(
                async token => await _client.RunAsync(statement.Text, null, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<WriteCounters> RunUnitAsync(IReadOnlyList<BoundStatement> statements, CancellationToken cancellationToken) =>
        RunAsync(token => RunInTransactionAsync(statements, token), cancellationToken);

    private async Task<WriteCounters> RunInTransactionAsync(IReadOnlyList<BoundStatement> statements, CancellationToken cancellationToken)
    {
        var transaction = _client.BeginTransaction();
        var counters = WriteCounters.Zero;
        try
        {
            for (var i = 0; i < statements.Count - 1; i++)
            {
                counters += (await transaction.RunAsync(statements[i].Statement.Text, statements[i].Parameters, cancellationToken).ConfigureAwait(false)).Counters;
            }

            var last = statements[^1];
            counters += (await transaction.CommitAsync(last.Statement.Text, last.Parameters, cancellationToken).ConfigureAwait(false)).Counters;
            return counters;
        }
        catch (Exception exception) when (exception is Neo4jException or OperationCanceledException)
        {
            await RollbackQuietlyAsync(transaction).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task RollbackQuietlyAsync(Neo4jTransaction transaction)
    {
        try
        {
            // Not the caller's token: a cancelled run should still release the transaction's locks.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await transaction.RollbackAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jException or OperationCanceledException)
        {
            // The original failure is what matters; the server also rolls back on its own when the
            // transaction failed or expires (60 s idle by default).
        }
    }

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                async token => await unit(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            throw new Neo4jException(
                $"Neo4j at {_client.Options.Uri} kept failing; not trying again for {_client.Options.CircuitBreakDuration.TotalSeconds:0} s. Last failure: {exception.InnerException?.Message ?? exception.Message}",
                innerException: exception);
        }
        catch (Neo4jException exception) when (Neo4jFailures.IsTransient(exception))
        {
            throw new Neo4jException(
                $"{exception.Message} (gave up after retrying for {_client.Options.MaxRetryTime.TotalSeconds:0} s)",
                exception.Code,
                exception.HttpStatus,
                exception);
        }
    }
}
