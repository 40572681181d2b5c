using Graph.Loading;

namespace Graph.Cli.Internal.Loading;

/// <summary>What happens to the graph files after a load that wrote to a folder.</summary>
internal static class FileExports
{
    /// <summary>
    /// Called after every file load that was neither aborted nor cancelled, with the folder that holds
    /// facts.jsonl, graph.cypher and state.json. The integration point for the CSV, GraphML and HTML
    /// exporters (written separately); until they are wired in, the three graph files are the output.
    /// </summary>
    public static Task AfterFileLoad(string outDir, LoadReport report, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(error);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }
}
