using Graph.Mappings;
using Graph.Neo4j.Cypher;
using Graph.Tests.Facts;
using Graph.Tests.Support;

namespace Graph.Tests.Cypher;

public class CypherStatementsTests
{
    private static readonly CypherStatements Statements = new(SampleFacts.Roster.Graph);

    [Fact]
    public void All_EveryStatement_PassesNeo4jsCypherLint()
    {
        CypherLint.AssertClean(Statements.All.Select(s => new { statement = s.Text, parameters = s.Parameters }));
    }

    [Fact]
    public void All_UndeclaredParameter_FailsTheLint()
    {
        // The lint must be able to fail: a statement whose parameter is not declared.
        var exception = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() =>
            CypherLint.AssertClean([new { statement = "UNWIND $rowz AS row RETURN row", parameters = (string[])["rows"] }]));

        Assert.Contains("$rowz", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Official) DETACH DELETE (n")]
    [InlineData("Official\n")]
    [InlineData("1Official")]
    [InlineData("Off icial")]
    public void Constructor_UnsafeLabel_ThrowsNamingIt(string label)
    {
        var graph = SampleFacts.Roster.Graph;
        var nodes = new Dictionary<string, NodeMapping>(graph.Nodes) { ["official"] = new(label, "id", SourceMark.None) };

        var exception = Assert.Throws<ArgumentException>(() => new CypherStatements(graph with { Nodes = nodes }));

        Assert.Contains("label of node kind 'official'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingRelationshipKind_Throws()
    {
        var graph = SampleFacts.Roster.Graph;
        var types = graph.Relationships.Where(pair => pair.Key != "visit").ToDictionary();

        var exception = Assert.Throws<ArgumentException>(() => new CypherStatements(graph with { Relationships = types }));

        Assert.Contains("no relationship kind 'visit'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForWrite_EmptyKinds_LeftOutAndOrderIsNodesThenTypes()
    {
        var facts = SampleFacts.Sample.Select(x => Graph.Facts.FactBuilder.Build(x, SampleFacts.Roster)).ToList();

        var names = Statements.ForWrite(facts).Select(s => s.Statement.Name);

        Assert.Equal(
            ["retract-edges", "retract-mentions", "merge-article", "merge-official", "merge-country", "merge-call-official",
             "merge-visit-country", "merge-meeting-official", "merge-represents-country", "merge-mentions-official", "merge-mentions-country"],
            names);
    }
}
