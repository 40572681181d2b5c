using Graph.Gazetteer;
using Graph.Text;
using static Graph.Tests.Gazetteer.GazetteerProbe;

namespace Graph.Tests.Gazetteer;

/// <summary>Persian: enclitics written joined after a lost ZWNJ, and compounds written with or without a space.</summary>
public sealed class PhraseGazetteerPersianTests
{
    [Fact]
    public void Find_AdjectiveWithEncliticAndLostZwnj_MatchesCountryAdjective()
    {
        var found = Find("لاوروف روز ۲۷ بهمن ۱۴۰۳ با همتای آمریکاییاش تلفنی گفتگو کرد.", Language.Fa);

        Assert.Equal(Normalized("آمریکاییاش"), found.Words(EntryKind.CountryAdjective, "USA"));
        Assert.True(found.Has(EntryKind.Counterpart));
        Assert.True(found.Has(EntryKind.Official, "sergei-lavrov"));
    }

    [Fact]
    public void Find_AdjectiveWithEncliticAfterZwnj_MatchesCountryAdjective()
    {
        var found = Find("ظریف با همتای روسی‌اش در مسکو دیدار کرد.", Language.Fa);

        Assert.Equal("RUS", found.Entry(EntryKind.CountryAdjective, "RUS").Country);
    }

    [Fact]
    public void Find_PluralCounterpartWithEnclitic_MatchesCounterpart()
    {
        var found = Find("عراقچی با همتایانش گفتگو کرد.", Language.Fa);

        Assert.Equal(Normalized("همتایانش"), found.Words(EntryKind.Counterpart));
    }

    [Theory]
    [InlineData("میخائیل میشوستین نخستوزیر روسیه است.", "prime_minister", "نخستوزیر")]
    [InlineData("عباس عراقچی وزیرامورخارجه ایران است.", "foreign_minister", "وزیرامورخارجه")]
    [InlineData("مسعود پزشکیان رئیسجمهور ایران است.", "president", "رئیسجمهور")]
    public void Find_CompoundWrittenJoined_MatchesSpacedRolePhrase(string sentence, string role, string joined)
    {
        var found = Find(sentence, Language.Fa);

        Assert.Equal(Normalized(joined), found.Words(EntryKind.Role, role));
    }

    [Fact]
    public void Find_EzafeWrittenAsYeh_StillMatchesRole()
    {
        var found = Find("وزیر خارجه‌ی ایران با لاوروف دیدار کرد.", Language.Fa);

        Assert.True(found.Has(EntryKind.Role, "foreign_minister"));
        Assert.True(found.Has(EntryKind.Country, "IRN"));
    }

    [Fact]
    public void Find_DeputyMinisterTitle_LongestPhraseWins()
    {
        var found = Find("معاون وزیر امور خارجه روسیه به تهران سفر کرد.", Language.Fa);

        Assert.Equal(Normalized("معاون وزیر امور خارجه"), found.Words(EntryKind.Role, "deputy_foreign_minister"));
        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
    }

    [Fact]
    public void Find_TitleBrokenBySentenceEnd_DoesNotMatch()
    {
        var found = Find("او وزیر امور. خارجه ایران را ستود.", Language.Fa);

        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
        Assert.True(found.Has(EntryKind.Country, "IRN"));
    }
}
