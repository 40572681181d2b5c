using Graph.Export;
using Graph.Mappings;
using Graph.Neo4j;

namespace Graph.Cli.Internal.Loading;

/// <summary>What happens to the graph files after a load that wrote to a folder: the CSV, GraphML and HTML views of the whole graph.</summary>
internal static class FileExports
{
    /// <summary>
    /// Called after every file load that was neither aborted nor cancelled, with the folder that holds
    /// facts.jsonl, graph.cypher and state.json; writes csv/, graph.graphml and graph.html from every
    /// article the folder holds, so that they always show the whole graph, not the last batch.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AfterFileLoad(string outDir, GraphMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        var articles = await new FileGraphStore(outDir, mapping).ArticlesAsync(cancellationToken).ConfigureAwait(false);
        return GraphExports.WriteAll(outDir, articles, mapping);
    }
}
