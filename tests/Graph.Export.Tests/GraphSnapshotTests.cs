using Graph.Facts;
using Graph.Tests.Facts;
using Graph.Tests.Support;

namespace Graph.Tests;

public sealed class GraphSnapshotTests
{
    [Fact]
    public void Of_CallReportedByTwoArticles_IsOneEdgeWithBothArticlesAndSentences()
    {
        var snapshot = GraphSnapshot.Of(ExportSamples.Build(SampleFacts.Sample));

        var call = Assert.Single(snapshot.Edges, edge => edge.Kind == GraphKinds.Call);
        Assert.Equal(["ru-call", "ar-call"], call.Articles);
        Assert.Equal(2, call.Evidence.Count);
        Assert.StartsWith("Сергей Лавров", call.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Of_SameArticleTwice_ListsItOnce()
    {
        var facts = ExportSamples.Build(SampleFacts.Sample);

        var snapshot = GraphSnapshot.Of([.. facts, facts[0]]);

        var meeting = Assert.Single(snapshot.Edges, edge => edge.Kind == GraphKinds.Meeting && edge.Articles.Contains("en-geneva"));
        Assert.Equal(["en-geneva"], meeting.Articles);
        Assert.Single(meeting.Evidence);
    }

    [Fact]
    public void Of_OfficialInSeveralArticles_IsOneNode()
    {
        var snapshot = GraphSnapshot.Of(ExportSamples.Articles);

        Assert.Single(snapshot.Nodes, node => node.Ref == new NodeRef(GraphKinds.Official, SampleFacts.Lavrov));
        Assert.Equal(8, snapshot.Edges.Count(edge => GraphKinds.ContactEdges.Contains(edge.Kind)));
    }

    [Fact]
    public void Of_EdgeToUndeclaredNode_IsLeftOut()
    {
        var facts = ExportSamples.Build(SampleFacts.Sample)[0];
        var stray = new EdgeFact(GraphKinds.Call, "call:x|y:2022", new NodeRef(GraphKinds.Official, "x"), new NodeRef(GraphKinds.Official, "y"),
            new Dictionary<string, object>(), facts.Article.Id, "A call with nobody.");

        var snapshot = GraphSnapshot.Of([facts with { Edges = [.. facts.Edges, stray] }]);

        Assert.DoesNotContain(snapshot.Edges, edge => edge.Key == stray.Key);
    }
}
