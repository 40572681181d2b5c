using Graph.Facts;

namespace Graph.Loading;

/// <summary>
/// Where graph facts go (Neo4j, files). Every write is idempotent: writing an article replaces what
/// that article contributed before (its id leaves every edge's articles and evidence lists, edges left
/// without an article go), then its facts are merged in. Stores throw <see cref="GraphStoreException"/>
/// for failures that retrying will not fix.
/// </summary>
public interface IGraphStore
{
    /// <summary>Article id -> sha256 of every article the store holds.</summary>
    Task<IReadOnlyDictionary<string, string>> GetArticleHashesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the contributions of these articles with their facts, all or nothing: a store writes a
    /// batch in one transaction (the batch is how a run sends many articles per request).
    /// </summary>
    Task<WriteCounters> WriteArticlesAsync(IReadOnlyList<GraphFacts> articles, CancellationToken cancellationToken);

    /// <summary>Removes these articles and everything only they reported (for --prune).</summary>
    Task<WriteCounters> RetractArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>Creates the constraints and indexes writes rely on; safe to call on every run.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);
}
