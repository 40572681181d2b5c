using Graph.Gazetteer;
using Graph.Text;
using static Graph.Tests.Gazetteer.GazetteerProbe;

namespace Graph.Tests.Gazetteer;

/// <summary>Arabic: proclitics (و, ب, ال, لل) before listed words and pronoun suffixes after them.</summary>
public sealed class PhraseGazetteerArabicTests
{
    [Fact]
    public void Find_NameAfterConjunction_MatchesOfficial()
    {
        var found = Find("التقى بوتين ولافروف بالرئيس الإيراني مسعود بزشكيان في موسكو.", Language.Ar);

        Assert.Equal(Normalized("ولافروف"), found.Words(EntryKind.Official, "sergei-lavrov"));
        Assert.True(found.Has(EntryKind.Official, "vladimir-putin"));
    }

    [Fact]
    public void Find_RoleAfterPrepositionAndArticle_MatchesRole()
    {
        var found = Find("التقى بوتين ولافروف بالرئيس الإيراني مسعود بزشكيان في موسكو.", Language.Ar);

        Assert.Equal(Normalized("بالرئيس"), found.Words(EntryKind.Role, "president"));
        Assert.Equal("IRN", found.Entry(EntryKind.CountryAdjective, "IRN").Country);
    }

    [Fact]
    public void Find_LamLamContraction_MatchesRoleWithArticle()
    {
        var found = Find("وجه الرئيس الإيراني دعوة للرئيس الروسي فلاديمير بوتين.", Language.Ar);

        Assert.Single(found.Mentions, m => found.Text[m.Start..m.End] == Normalized("للرئيس") && m.Has(EntryKind.Role));
    }

    [Fact]
    public void Find_CounterpartAfterPreposition_MatchesCounterpart()
    {
        var found = Find("التقى وزير الخارجية الأمريكي في موسكو بنظيره الروسي.", Language.Ar);

        Assert.Equal(Normalized("بنظيره"), found.Words(EntryKind.Counterpart));
        Assert.Equal("USA", found.Entry(EntryKind.CountryAdjective, "USA").Country);
    }

    [Fact]
    public void Find_TriggerWithPronounSuffixAndConjunction_MatchesMeeting()
    {
        var found = Find("وقال عراقجي إن اجتماعه مع لافروف في موسكو تناول الملف النووي.", Language.Ar);

        Assert.Equal(Graph.Mappings.ContactType.Meeting, found.Entry(EntryKind.Trigger).ContactType);
        Assert.Equal(Normalized("اجتماعه"), found.Words(EntryKind.Trigger));
    }

    [Fact]
    public void Find_CityAfterPreposition_MatchesCity()
    {
        var found = Find("وصل لافروف لطهران.", Language.Ar);

        Assert.Equal("Tehran", found.Entry(EntryKind.City).City);
    }

    [Fact]
    public void Find_PhraseAcrossSentenceEnd_DoesNotMatch()
    {
        var found = Find("تحدث الوزير. الخارجية الروسية أصدرت بيانا.", Language.Ar);

        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
    }
}
