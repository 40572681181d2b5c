using Graph.Gazetteer;
using Graph.Text;
using static Graph.Tests.Gazetteer.GazetteerProbe;

namespace Graph.Tests.Gazetteer;

/// <summary>English: possessives and plurals, and the longest title winning.</summary>
public sealed class PhraseGazetteerEnglishTests
{
    [Fact]
    public void Find_Possessive_MatchesOfficialAndCountry()
    {
        var found = Find("Russia's foreign minister said Lavrov's talks with Araghchi went well.", Language.En);

        Assert.Equal("lavrov", found.Words(EntryKind.Official, "sergei-lavrov"));
        Assert.Equal("russia", found.Words(EntryKind.Country, "RUS"));
    }

    [Fact]
    public void Find_PluralWords_MatchCounterpartRoleAndTrigger()
    {
        var found = Find("The presidents' meetings with their counterparts were held in Moscow.", Language.En);

        Assert.Equal("presidents", found.Words(EntryKind.RolePlural, "president"));
        Assert.Equal("counterparts", found.Words(EntryKind.Counterpart));
        Assert.Equal("meetings", found.Words(EntryKind.Trigger));
    }

    [Fact]
    public void Find_DeputySecretaryOfState_LongestPhraseWins()
    {
        var found = Find("Deputy Secretary of State Wendy Sherman met Sergei Ryabkov in Geneva.", Language.En);

        var role = found.Entry(EntryKind.Role, "deputy_foreign_minister");
        Assert.Equal("USA", role.Country);
        Assert.Equal("deputy secretary of state", found.Words(EntryKind.Role, "deputy_foreign_minister"));
        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
    }

    [Fact]
    public void Find_TitleBrokenBySentenceEnd_MatchesOnlyTheSecondSentence()
    {
        var found = Find("The visit was led by the deputy. Foreign minister Lavrov received him.", Language.En);

        Assert.Equal("foreign minister", found.Words(EntryKind.Role, "foreign_minister"));
        Assert.False(found.Has(EntryKind.Role, "deputy_foreign_minister"));
    }

    [Fact]
    public void Find_TitleBrokenByLineBreak_DoesNotMatch()
    {
        var found = Find("Rubio thanked the Secretary\nof State staff.", Language.En);

        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
    }
}
