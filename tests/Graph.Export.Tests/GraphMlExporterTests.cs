using System.Xml.Linq;
using Graph.Export;
using Graph.Tests.Facts;
using Graph.Tests.Support;

using Graph.Facts;

namespace Graph.Tests;

public sealed class GraphMlExporterTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void Write_Graph_DeclaresKeysBeforeADirectedGraph()
    {
        var root = Export(ExportSamples.Articles).Root!;

        Assert.Equal(GraphMl + "graphml", root.Name);
        var children = root.Elements().Select(element => element.Name.LocalName).ToList();
        Assert.Equal("graph", children[^1]);
        Assert.All(children[..^1], name => Assert.Equal("key", name));
        Assert.Equal("directed", root.Element(GraphMl + "graph")!.Attribute("edgedefault")!.Value);
        var keys = root.Elements(GraphMl + "key").Select(key => $"{key.Attribute("for")!.Value}:{key.Attribute("attr.name")!.Value}").ToList();
        foreach (var expected in new[] { "node:label", "node:name", "node:country", "edge:type", "edge:date", "edge:status", "edge:articles", "edge:evidence" })
        {
            Assert.Contains(expected, keys);
        }
    }

    [Fact]
    public void Write_Graph_HasOfficialsAndCountriesAndTheirEdgesWithoutArticles()
    {
        var graph = Export(ExportSamples.Articles).Root!.Element(GraphMl + "graph")!;

        var nodes = graph.Elements(GraphMl + "node").ToDictionary(node => node.Attribute("id")!.Value, node => Data(node, "n_"));
        Assert.Equal(["Country", "Official"], nodes.Values.Select(data => data["kind"]).Distinct().Order(StringComparer.Ordinal));
        var lavrov = Assert.Single(nodes, node => node.Value["key"] == "Official:" + SampleFacts.Lavrov);
        Assert.Equal("Sergey Lavrov", lavrov.Value["label"]);
        Assert.Equal("RUS", lavrov.Value["country"]);

        var edges = graph.Elements(GraphMl + "edge").Select(edge => (Element: edge, Data: Data(edge, "e_"))).ToList();
        Assert.DoesNotContain(edges, edge => edge.Data["type"] == "MENTIONS");
        var call = Assert.Single(edges, edge => edge.Data["type"] == "CALLED");
        Assert.Equal("2022-07-29", call.Data["date"]);
        Assert.Equal("happened", call.Data["status"]);
        Assert.Equal("ru-call; ar-call", call.Data["articles"]);
        Assert.Equal(2, call.Data["evidence"].Split('\n').Length);
        Assert.All(edges, edge => Assert.Contains(edge.Element.Attribute("source")!.Value, nodes.Keys));
        Assert.Equal(8, edges.Count(edge => edge.Data["type"] is "CALLED" or "MET" or "VISITED" or "INVITED"));
    }

    [Fact]
    public void Write_ControlCharacterInEvidence_IsDroppedAndDocumentStaysWellFormed()
    {
        var document = Export([ExportSamples.CallWithEvidence("Lavrov and Blinken spoke\u0001 by phone on 29 July 2022.")]);

        var call = document.Descendants(GraphMl + "edge").Select(edge => Data(edge, "e_")).Single(data => data["type"] == "CALLED");
        Assert.Equal("Lavrov and Blinken spoke by phone on 29 July 2022.", call["evidence"]);
    }

    private static XDocument Export(IReadOnlyList<Graph.Facts.GraphFacts> articles)
    {
        using var stream = new MemoryStream();
        GraphMlExporter.Write(GraphSnapshot.Of(articles), ExportSamples.Mapping, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    private static Dictionary<string, string> Data(XElement element, string prefix) =>
        element.Elements(GraphMl + "data").ToDictionary(data => data.Attribute("key")!.Value[prefix.Length..], data => data.Value);
}
