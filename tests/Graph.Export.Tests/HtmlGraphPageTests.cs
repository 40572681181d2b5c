using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Export;
using Graph.Tests.Support;

using Graph.Facts;

namespace Graph.Tests;

public sealed partial class HtmlGraphPageTests
{
    private static readonly Lazy<string> Page = new(() => HtmlGraphPage.Render(GraphSnapshot.Of(ExportSamples.Articles), ExportSamples.Mapping));

    [Fact]
    public void Render_Page_ReferencesNothingOutsideItself()
    {
        Assert.DoesNotMatch(ExternalReference(), Page.Value);
        Assert.Contains("default-src 'none'", Page.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Page_InlinesTheGraphLibrary()
    {
        Assert.Contains("cytoscape", Page.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("/*@GRAPH_LIBRARY@*/", Page.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EvidenceClosingTheScriptElement_StaysInsideTheDataBlock()
    {
        var block = DataBlock().Match(Page.Value);

        Assert.True(block.Success);
        using var data = JsonDocument.Parse(block.Groups[1].Value);
        var evidence = data.RootElement.GetProperty("edges").EnumerateArray()
            .SelectMany(edge => edge.GetProperty("evidence").EnumerateArray().Select(sentence => sentence.GetString()));
        Assert.Contains(ExportSamples.ScriptBreaker, evidence);
        Assert.Equal(1, Regex.Count(Page.Value, "<script type=\"application/json\""));
    }

    [Fact]
    public void Render_Data_HoldsContactsAndTheirEndsOnly()
    {
        using var data = JsonDocument.Parse(DataBlock().Match(Page.Value).Groups[1].Value);

        var nodes = data.RootElement.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()).ToList();
        Assert.Equal(8, nodes.Count);
        Assert.Contains("Country:IRN", nodes);
        Assert.DoesNotContain("Country:TUR", nodes);
        Assert.Equal(8, data.RootElement.GetProperty("edges").GetArrayLength());
        Assert.Equal("https://news.example.org/2022/06/lavrov-tehran",
            data.RootElement.GetProperty("articles").GetProperty("en-tehran").GetProperty("path").GetString());
    }

    // A script or stylesheet loaded from anywhere: src/href attributes on script, link, img, iframe, or CSS url()/@import.
    [GeneratedRegex("<(script|link|img|iframe)\\b[^>]*\\b(src|href)\\s*=|\\burl\\(|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
