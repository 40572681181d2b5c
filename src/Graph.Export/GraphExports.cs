using Graph.Facts;
using Graph.Mappings;

namespace Graph.Export;

/// <summary>The export files written beside the loader's graph files, in one call.</summary>
public static class GraphExports
{
    public const string CsvFolder = "csv";
    public const string GraphMlFile = "graph.graphml";
    public const string HtmlFile = "graph.html";

    /// <summary>
    /// Merges the articles' facts (one <see cref="GraphFacts"/> per article) and writes
    /// <c>csv/</c> (neo4j-admin import files and import.sh), <c>graph.graphml</c> and <c>graph.html</c>
    /// into <paramref name="outputFolder"/>. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(string outputFolder, IEnumerable<GraphFacts> articles, GraphMapping mapping)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(mapping);

        var snapshot = GraphSnapshot.Of(articles);
        Directory.CreateDirectory(outputFolder);
        var csv = Neo4jAdminCsvExporter.Write(snapshot, mapping, Path.Combine(outputFolder, CsvFolder));
        var graphMl = Path.Combine(outputFolder, GraphMlFile);
        GraphMlExporter.Write(snapshot, mapping, graphMl);
        var html = Path.Combine(outputFolder, HtmlFile);
        HtmlGraphPage.Write(snapshot, mapping, html);
        return [.. csv, graphMl, html];
    }
}
