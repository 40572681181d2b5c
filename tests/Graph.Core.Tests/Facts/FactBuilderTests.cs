using Graph.Dates;
using Graph.Facts;
using Graph.Mappings;
using static Graph.Tests.Facts.SampleFacts;

namespace Graph.Tests.Facts;

public class FactBuilderTests
{
    private static GraphFacts Build(ArticleExtraction extraction) => FactBuilder.Build(extraction, Roster);

    private static IEnumerable<EdgeFact> Contacts(GraphFacts facts) =>
        facts.Edges.Where(e => GraphKinds.ContactEdges.Contains(e.Kind));

    [Fact]
    public void Build_SameCallFromTwoArticles_SameKeyAndEdgeEach()
    {
        var russian = Contacts(Build(Sample[1])).Single();
        var arabic = Contacts(Build(Sample[2])).Single();

        Assert.Equal("call:antony-blinken|sergey-lavrov:2022-07-29", russian.Key);
        Assert.Equal(russian.Key, arabic.Key);
        Assert.Equal("ru-call", russian.Article);
        Assert.Equal("ar-call", arabic.Article);
        Assert.StartsWith("أجرى", arabic.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CallWithInitiator_EdgeFromInitiator()
    {
        var edge = Contacts(Build(Sample[1])).Single();

        Assert.Equal(Blinken, edge.From.Id);
        Assert.Equal(Lavrov, edge.To.Id);
        Assert.Equal(Blinken, edge.Properties["initiator"]);
    }

    [Fact]
    public void Build_CallWithoutInitiator_EdgeFromLowerId()
    {
        var edge = Contacts(Build(Sample[2])).Single();

        Assert.Equal(Blinken, edge.From.Id);
        Assert.Equal(Lavrov, edge.To.Id);
        Assert.False(edge.Properties.ContainsKey("initiator"));
    }

    [Fact]
    public void Build_MeetingOfThree_OneEdgePerPair()
    {
        var extraction = ExtractionOf("three", "en", new DateOnly(2019, 12, 30), [],
            SampleFacts.Contact(ContactType.Meeting, [ZarifP, LavrovP, BlinkenP], Zarif, null, null, null, "The three ministers met."));

        var edges = Contacts(Build(extraction)).ToList();

        Assert.Equal(
            ["meeting:antony-blinken|javad-zarif:2019-12-30", "meeting:antony-blinken|sergey-lavrov:2019-12-30", "meeting:javad-zarif|sergey-lavrov:2019-12-30"],
            edges.Select(e => e.Key));
        Assert.All(edges.Where(e => e.Key.Contains(Zarif, StringComparison.Ordinal)), e => Assert.Equal(Zarif, e.From.Id));
    }

    [Theory]
    [InlineData(2022, 7, 30, "call:antony-blinken|sergey-lavrov:2022-07-30")]
    [InlineData(0, 0, 0, "call:antony-blinken|sergey-lavrov:undated")]
    public void Build_UndatedContact_KeyUsesPublicationDayOrUndated(int year, int month, int day, string key)
    {
        DateOnly? published = year == 0 ? null : new DateOnly(year, month, day);
        var extraction = ExtractionOf("undated", "en", published, [],
            SampleFacts.Contact(ContactType.Call, [LavrovP, BlinkenP], null, null, null, null, "They spoke by phone."));

        var edge = Contacts(Build(extraction)).Single();

        Assert.Equal(key, edge.Key);
        Assert.False(edge.Properties.ContainsKey("date"));
    }

    [Fact]
    public void Build_MonthPrecision_DateCutToMonth()
    {
        var contact = SampleFacts.Contact(ContactType.Visit, [ZarifP], null, "RUS", null, new DateOnly(2019, 12, 1), "Zarif went to Moscow in December.")
            with { DatePrecision = DatePrecision.Month, Status = ContactStatus.Planned };

        var edge = Contacts(Build(ExtractionOf("month", "en", null, [], contact))).Single();

        Assert.Equal("visit:javad-zarif:RUS:2019-12", edge.Key);
        Assert.Equal("2019-12", edge.Properties["date"]);
        Assert.Equal("month", edge.Properties["datePrecision"]);
        Assert.Equal("planned", edge.Properties["status"]);
    }

    [Fact]
    public void Build_Visit_EdgeFromVisitorToDestinationWithCity()
    {
        var edge = Contacts(Build(Sample[3])).First();

        Assert.Equal(GraphKinds.Visit, edge.Kind);
        Assert.Equal(new NodeRef(GraphKinds.Official, Zarif), edge.From);
        Assert.Equal(new NodeRef(GraphKinds.Country, "RUS"), edge.To);
        Assert.Equal("Moscow", edge.Properties["city"]);
        Assert.Equal("2019-12-30", edge.Properties["date"]);
        Assert.Equal("day", edge.Properties["datePrecision"]);
        Assert.Equal("happened", edge.Properties["status"]);
    }

    [Fact]
    public void Build_VisitWithoutDestination_WarnsAndLeavesItOut()
    {
        var extraction = ExtractionOf("nowhere", "en", null, [],
            SampleFacts.Contact(ContactType.Visit, [ZarifP], null, null, null, null, "Zarif travelled."));

        var facts = Build(extraction);

        Assert.Empty(Contacts(facts));
        Assert.Contains(facts.Warnings, w => w.Contains("no destination", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_RepeatedContactInArticle_OneEdgeWithFirstEvidence()
    {
        var first = SampleFacts.Contact(ContactType.Call, [LavrovP, BlinkenP], null, null, null, new DateOnly(2022, 7, 29), "First telling.");
        var facts = Build(ExtractionOf("twice", "en", null, [], first, first with { Evidence = "Second telling." }));

        Assert.Equal("First telling.", Contacts(facts).Single().Evidence);
    }

    [Fact]
    public void Build_Official_NamesPerLanguageAndOneRepresentsPerOffice()
    {
        var facts = Build(Sample[0]);

        var lavrov = facts.Nodes.Single(n => n.Kind == GraphKinds.Official && n.Id == Lavrov);
        Assert.Equal("Sergey Lavrov", lavrov.Properties["name"]);
        Assert.Equal("RUS", lavrov.Properties["country"]);
        Assert.Equal(["Сергей Лавров"], (IReadOnlyList<string>)lavrov.Properties["names_ru"]);
        Assert.Equal(["سرگئی لاوروف"], (IReadOnlyList<string>)lavrov.Properties["names_fa"]);

        var represents = facts.Edges.Single(e => e.Kind == GraphKinds.Represents && e.From.Id == Blinken);
        Assert.Equal("represents:antony-blinken:USA:secretary_of_state:2021-01-26", represents.Key);
        Assert.Equal("2025-01-20", represents.Properties["to"]);
        Assert.Null(represents.Evidence);
    }

    [Fact]
    public void Build_Article_NodeFirstWithProvenanceAndMentionsOfEveryoneInvolved()
    {
        var facts = Build(Sample[3]);

        var article = facts.Nodes[0];
        Assert.Equal(new NodeRef(GraphKinds.Article, "fa-moscow"), article.Ref);
        Assert.Equal("2019-12-30", article.Properties["published"]);
        Assert.Equal("sha-fa-moscow", article.Properties["sha256"]);
        Assert.Equal("fa", article.Properties["lang"]);
        var mentioned = facts.Edges.Where(e => e.Kind == GraphKinds.Mentions).Select(e => e.To.Id).ToList();
        Assert.Equal([Zarif, Lavrov, "IRN", "RUS"], mentioned);
        Assert.Equal(["IRN", "RUS"], facts.Nodes.Where(n => n.Kind == GraphKinds.Country).Select(n => n.Id));
    }

    [Fact]
    public void Build_OfficialNotInRoster_NodeFromParticipantAndWarning()
    {
        var stranger = new Participant("jane-doe", "Jane Doe", "USA");
        var facts = Build(ExtractionOf("stranger", "en", null, [],
            SampleFacts.Contact(ContactType.Call, [stranger, LavrovP], null, null, null, null, "They spoke.")));

        var node = facts.Nodes.Single(n => n.Id == "jane-doe");
        Assert.Equal("Jane Doe", node.Properties["name"]);
        Assert.Contains(facts.Edges, e => e.Key == "represents:jane-doe:USA");
        Assert.Contains("official 'jane-doe' is not in the roster", facts.Warnings);
    }
}
