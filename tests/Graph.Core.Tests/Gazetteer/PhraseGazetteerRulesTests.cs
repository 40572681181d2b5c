using Graph.Gazetteer;
using Graph.Text;
using static Graph.Tests.Gazetteer.GazetteerProbe;

namespace Graph.Tests.Gazetteer;

/// <summary>Each matching rule alone, on a gazetteer of a few phrases with the morphology the test gives.</summary>
public sealed class PhraseGazetteerRulesTests
{
    [Fact]
    public void Find_JoinedCompoundWithJoinWords_MatchesSpacedPhrase()
    {
        var gazetteer = SmallGazetteer.Build(Language.Fa, SmallGazetteer.Morphology(joinWords: true), "نخست وزیر");

        var found = Find(gazetteer, "میشوستین نخستوزیر روسیه است.", Language.Fa);

        Assert.Equal(Normalized("نخستوزیر"), found.Words(EntryKind.Role, "نخست وزیر"));
    }

    [Fact]
    public void Find_JoinedCompoundWithoutJoinWords_DoesNotMatch()
    {
        var gazetteer = SmallGazetteer.Build(Language.Fa, SmallGazetteer.Morphology(joinWords: false), "نخست وزیر");

        var found = Find(gazetteer, "میشوستین نخستوزیر روسیه است.", Language.Fa);

        Assert.Empty(found.Mentions);
    }

    [Fact]
    public void Find_EncliticListedAsSuffix_IsStripped()
    {
        var gazetteer = SmallGazetteer.Build(Language.Fa, SmallGazetteer.Morphology(suffixes: ["اش"]), "همتا");

        var found = Find(gazetteer, "عراقچی با همتااش گفتگو کرد.", Language.Fa);

        Assert.Equal(Normalized("همتااش"), found.Words(EntryKind.Role));
    }

    [Fact]
    public void Find_EncliticNotListed_DoesNotMatch()
    {
        var gazetteer = SmallGazetteer.Build(Language.Fa, SmallGazetteer.Morphology(), "همتا");

        var found = Find(gazetteer, "عراقچی با همتااش گفتگو کرد.", Language.Fa);

        Assert.Empty(found.Mentions);
    }

    [Fact]
    public void Find_RewritingPrefix_MatchesPhraseWithArticle()
    {
        var gazetteer = SmallGazetteer.Build(Language.Ar, SmallGazetteer.Morphology(prefixes: ["لل=ال"]), "الرئيس");

        var found = Find(gazetteer, "وجه بزشكيان دعوة للرئيس بوتين.", Language.Ar);

        Assert.Equal(Normalized("للرئيس"), found.Words(EntryKind.Role));
    }

    [Fact]
    public void Find_TwoProcliticsStacked_MatchesBareWord()
    {
        var gazetteer = SmallGazetteer.Build(Language.Ar, SmallGazetteer.Morphology(prefixes: ["و", "ب"]), "لافروف");

        var found = Find(gazetteer, "التقى عراقجي وبلافروف.", Language.Ar);

        Assert.Equal(Normalized("وبلافروف"), found.Words(EntryKind.Role));
    }

    [Fact]
    public void Find_StemEndingsOnBothSides_InflectedFormsMeet()
    {
        var gazetteer = SmallGazetteer.Build(Language.Ru, SmallGazetteer.Morphology(endings: ["а", "у", "ым", "ом"]), "Лавров");

        var found = Find(gazetteer, "Рубио позвонил Лаврову, а Аракчи встретился с Лавровым.", Language.Ru);

        Assert.Equal(2, found.Mentions.Count);
    }

    [Fact]
    public void Find_OverlappingPhrases_LongestWinsAndNextMatchStartsAfterIt()
    {
        var gazetteer = SmallGazetteer.Build(Language.En, SmallGazetteer.Morphology(),
            "foreign minister", "deputy foreign minister", "minister");

        var found = Find(gazetteer, "The deputy foreign minister met the minister.", Language.En);

        Assert.Equal(["deputy foreign minister", "minister"], found.Mentions.Select(m => found.Text[m.Start..m.End]));
        Assert.Equal("deputy foreign minister", Assert.Single(found.Mentions[0].Entries).Id);
    }

    [Theory]
    [InlineData("The deputy. Foreign minister spoke.")]
    [InlineData("The deputy, foreign minister spoke.")]
    [InlineData("The deputy\nforeign minister spoke.")]
    [InlineData("The deputy (foreign minister) spoke.")]
    public void Find_PhraseAcrossPunctuationOrLineEnd_MatchesOnlyTheShorterPart(string text)
    {
        var gazetteer = SmallGazetteer.Build(Language.En, SmallGazetteer.Morphology(), "foreign minister", "deputy foreign minister");

        var found = Find(gazetteer, text, Language.En);

        Assert.Equal("foreign minister", Assert.Single(Assert.Single(found.Mentions).Entries).Id);
    }

    [Fact]
    public void Find_WordsSeparatedByHyphen_MatchSpacedPhrase()
    {
        var gazetteer = SmallGazetteer.Build(Language.En, SmallGazetteer.Morphology(), "vice president");

        var found = Find(gazetteer, "Vice-President JD Vance arrived.", Language.En);

        Assert.Equal("vice-president", found.Words(EntryKind.Role));
    }

    [Fact]
    public void Find_LanguageWithoutPhrases_FindsNothing()
    {
        var gazetteer = SmallGazetteer.Build(Language.En, SmallGazetteer.Morphology(), "foreign minister");

        var found = Find(gazetteer, "The foreign minister spoke.", Language.Ru);

        Assert.Empty(found.Mentions);
    }
}
