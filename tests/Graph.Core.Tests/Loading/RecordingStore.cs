using Graph.Facts;
using Graph.Loading;

namespace Graph.Tests.Loading;

/// <summary>A store that keeps article hashes in memory and records every call made to it.</summary>
internal sealed class RecordingStore : IGraphStore
{
    public Dictionary<string, string> Hashes { get; } = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public List<IReadOnlyList<GraphFacts>> Batches { get; } = [];

    public Func<IReadOnlyList<GraphFacts>, Exception?> FailWrite { get; set; } = _ => null;

    public Action? OnWrite { get; set; }

    public Task<IReadOnlyDictionary<string, string>> GetArticleHashesAsync(CancellationToken cancellationToken)
    {
        Calls.Add("hashes");
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(Hashes));
    }

    public Task<WriteCounters> WriteArticlesAsync(IReadOnlyList<GraphFacts> articles, CancellationToken cancellationToken)
    {
        Calls.Add($"write {string.Join(",", articles.Select(a => a.Article.Id))}");
        if (FailWrite(articles) is { } failure)
        {
            throw failure;
        }

        OnWrite?.Invoke();
        Batches.Add(articles);
        foreach (var facts in articles)
        {
            Hashes[facts.Article.Id] = facts.Article.Sha256;
        }

        return Task.FromResult(WriteCounters.Zero with { NodesCreated = articles.Count });
    }

    public Task<WriteCounters> RetractArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        Calls.Add($"retract {string.Join(",", articleIds)}");
        foreach (var id in articleIds)
        {
            Hashes.Remove(id);
        }

        return Task.FromResult(WriteCounters.Zero with { NodesDeleted = articleIds.Count });
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Calls.Add("schema");
        return Task.CompletedTask;
    }
}
