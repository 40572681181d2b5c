using System.Text;
using System.Text.Json;
using Graph.Facts;
using Graph.Loading;
using Graph.Mappings;
using Graph.Neo4j.Cypher;
using Graph.Neo4j.Files;

namespace Graph.Neo4j;

/// <summary>
/// Writes the graph to a folder instead of a database, so that a load runs anywhere:
/// <c>facts.jsonl</c> (one JSON object per merged node and relationship), <c>graph.cypher</c> (the
/// Neo4j store's own statements with <c>:param</c> lines, for cypher-shell or Browser) and
/// <c>state.json</c> (article id -> sha256 and that article's facts). The files are rewritten from
/// the state after each write, so a changed or pruned article is replaced in them, and a reload of
/// unchanged input does not touch them. Files are replaced by rename, state.json last: an interrupted
/// write leaves the old state, and the next run writes the same articles again.
/// </summary>
public sealed class FileGraphStore : IGraphStore
{
    public const string FactsFile = "facts.jsonl";
    public const string ScriptFile = "graph.cypher";
    public const string StateFile = "state.json";

    private readonly string _folder;
    private readonly CypherStatements _statements;
    private readonly SafeNames _names;
    private readonly int _rowsPerChunk;
    private SortedDictionary<string, StoredArticle>? _state;

    public FileGraphStore(string folder, GraphMapping mapping, int rowsPerChunk = 1000)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerChunk, 1);
        _folder = folder;
        _statements = new CypherStatements(mapping);
        _names = new SafeNames(mapping);
        _rowsPerChunk = rowsPerChunk;
    }

    /// <summary>The folder the graph files are written to.</summary>
    public string Folder => _folder;

    public async Task<IReadOnlyDictionary<string, string>> GetArticleHashesAsync(CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken).ConfigureAwait(false);
        return state.ToDictionary(pair => pair.Key, pair => pair.Value.Sha256, StringComparer.Ordinal);
    }

    public async Task<WriteCounters> WriteArticlesAsync(IReadOnlyList<GraphFacts> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var state = await StateAsync(cancellationToken).ConfigureAwait(false);
        var before = GraphSnapshot.Of(state.Values.Select(stored => stored.Facts));
        foreach (var facts in articles)
        {
            state[facts.Article.Id] = new StoredArticle(facts.Article.Sha256, facts);
        }

        return await SaveAsync(state, before, cancellationToken).ConfigureAwait(false);
    }

    public async Task<WriteCounters> RetractArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var state = await StateAsync(cancellationToken).ConfigureAwait(false);
        var before = GraphSnapshot.Of(state.Values.Select(stored => stored.Facts));
        foreach (var id in articleIds)
        {
            state.Remove(id);
        }

        return await SaveAsync(state, before, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The facts of every article the folder holds, in article id order (for the exporters).</summary>
    public async Task<IReadOnlyList<GraphFacts>> ArticlesAsync(CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken).ConfigureAwait(false);
        return [.. state.Values.Select(stored => stored.Facts)];
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    private async Task<SortedDictionary<string, StoredArticle>> StateAsync(CancellationToken cancellationToken)
    {
        if (_state is not null)
        {
            return _state;
        }

        var path = Path.Combine(_folder, StateFile);
        if (!File.Exists(path))
        {
            return _state = new SortedDictionary<string, StoredArticle>(StringComparer.Ordinal);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var stored = await JsonSerializer.DeserializeAsync<Dictionary<string, StoredArticle>>(stream, FactsJson.Options, cancellationToken).ConfigureAwait(false);
            return _state = new SortedDictionary<string, StoredArticle>(stored ?? [], StringComparer.Ordinal);
        }
        catch (JsonException exception)
        {
            throw new GraphStoreException($"{path} is not a state file this loader wrote ({exception.Message}); move it away to start afresh.", exception);
        }
    }

    private async Task<WriteCounters> SaveAsync(SortedDictionary<string, StoredArticle> state, GraphSnapshot before, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var articles = state.Values.Select(stored => stored.Facts).ToList();
        var after = GraphSnapshot.Of(articles);

        await ReplaceAsync(FactsFile, FactLines(after), cancellationToken).ConfigureAwait(false);
        await ReplaceAsync(ScriptFile, CypherScript.Of(_statements, articles, _rowsPerChunk), cancellationToken).ConfigureAwait(false);
        await ReplaceAsync(StateFile, JsonSerializer.Serialize(state, FactsJson.Options), cancellationToken).ConfigureAwait(false);
        return Difference(before, after);
    }

    private async Task ReplaceAsync(string name, string content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, name);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private string FactLines(GraphSnapshot snapshot)
    {
        var lines = new StringBuilder();
        foreach (var node in snapshot.Nodes)
        {
            lines.Append(JsonSerializer.Serialize(
                new { node = _names.Label(node.Kind), id = node.Id, properties = node.Properties }, FactsJson.Options)).Append('\n');
        }

        foreach (var edge in snapshot.Edges)
        {
            var properties = new Dictionary<string, object>(edge.Properties, StringComparer.Ordinal) { ["articles"] = edge.Articles };
            if (edge.Evidence.Count > 0)
            {
                properties["evidence"] = edge.Evidence;
            }

            lines.Append(JsonSerializer.Serialize(
                new
                {
                    relationship = _names.Type(edge.Kind),
                    key = edge.Key,
                    from = new { label = _names.Label(edge.From.Kind), id = edge.From.Id },
                    to = new { label = _names.Label(edge.To.Kind), id = edge.To.Id },
                    properties,
                },
                FactsJson.Options)).Append('\n');
        }

        return lines.ToString();
    }

    private static WriteCounters Difference(GraphSnapshot before, GraphSnapshot after)
    {
        var oldNodes = before.Nodes.Select(node => node.Ref).ToHashSet();
        var newNodes = after.Nodes.Select(node => node.Ref).ToHashSet();
        var oldEdges = before.Edges.Select(edge => edge.Key).ToHashSet(StringComparer.Ordinal);
        var newEdges = after.Edges.Select(edge => edge.Key).ToHashSet(StringComparer.Ordinal);
        return WriteCounters.Zero with
        {
            NodesCreated = newNodes.Count(node => !oldNodes.Contains(node)),
            NodesDeleted = oldNodes.Count(node => !newNodes.Contains(node)),
            RelationshipsCreated = newEdges.Count(key => !oldEdges.Contains(key)),
            RelationshipsDeleted = oldEdges.Count(key => !newEdges.Contains(key)),
        };
    }

    private sealed record StoredArticle(string Sha256, GraphFacts Facts);
}
