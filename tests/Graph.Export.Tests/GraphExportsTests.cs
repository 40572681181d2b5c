using Graph.Export;
using Graph.Tests.Support;

namespace Graph.Tests;

public sealed class GraphExportsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-export-all-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteAll_Articles_WritesCsvFolderGraphMlAndHtml()
    {
        var written = GraphExports.WriteAll(_folder, ExportSamples.Articles, ExportSamples.Mapping);

        Assert.All(written, path => Assert.True(File.Exists(path), path));
        Assert.Contains(Path.Combine(_folder, "csv", "import.sh"), written);
        Assert.Contains(Path.Combine(_folder, "csv", "nodes_Article.csv"), written);
        Assert.Contains(Path.Combine(_folder, GraphExports.GraphMlFile), written);
        Assert.Contains(Path.Combine(_folder, GraphExports.HtmlFile), written);
    }

    [Fact]
    public void WriteAll_SameArticlesTwice_WritesTheSameBytes()
    {
        GraphExports.WriteAll(_folder, ExportSamples.Articles, ExportSamples.Mapping);
        var first = Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllBytes).ToList();

        GraphExports.WriteAll(_folder, [.. ExportSamples.Articles], ExportSamples.Mapping);
        var second = Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllBytes).ToList();

        Assert.Equal(first, second);
    }
}
