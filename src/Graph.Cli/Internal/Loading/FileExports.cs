using Graph.Export;
using Graph.Mappings;
using Graph.Neo4j;

namespace Graph.Cli.Internal.Loading;

/// <summary>What happens to the graph files after a load that wrote to a folder: the CSV, GraphML and HTML views of the whole graph.</summary>
internal static class FileExports
{
    /// <summary>
    /// Called after every file load that was neither aborted nor cancelled, with the store that wrote
    /// facts.jsonl, graph.cypher and state.json; writes csv/, graph.graphml and graph.html beside them from
    /// every article the folder holds, so that they always show the whole graph, not the last batch.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AfterFileLoad(FileGraphStore files, GraphMapping mapping, CancellationToken cancellationToken)
    {
        // The store already holds every article's facts in memory: no second read of state.json.
        var articles = await files.ArticlesAsync(cancellationToken).ConfigureAwait(false);
        return GraphExports.WriteAll(files.Folder, articles, mapping);
    }
}
