using Graph.Gazetteer;
using Graph.Text;
using static Graph.Tests.Gazetteer.GazetteerProbe;

namespace Graph.Tests.Gazetteer;

/// <summary>Russian: surnames and titles in any case match the nominative forms the mappings list.</summary>
public sealed class PhraseGazetteerRussianTests
{
    [Theory]
    [InlineData("Рубио позвонил Лаврову.", "Лаврову")]
    [InlineData("Встреча Лаврова и Аракчи прошла в Москве.", "Лаврова")]
    [InlineData("Аракчи провел переговоры с Сергеем Лавровым.", "Сергеем Лавровым")]
    public void Find_InflectedSurname_MatchesOfficial(string sentence, string words)
    {
        var found = Find(sentence, Language.Ru);

        Assert.Equal(Normalized(words), found.Words(EntryKind.Official, "sergei-lavrov"));
    }

    [Theory]
    [InlineData("Аракчи встретился с министром иностранных дел России.", "foreign_minister", "министром иностранных дел")]
    [InlineData("Визит министра иностранных дел России в Тегеран завершился.", "foreign_minister", "министра иностранных дел")]
    [InlineData("Аракчи передал министру обороны России письмо.", "defence_minister", "министру обороны")]
    public void Find_InflectedTitle_MatchesRole(string sentence, string role, string words)
    {
        var found = Find(sentence, Language.Ru);

        Assert.Equal(Normalized(words), found.Words(EntryKind.Role, role));
        Assert.Equal("RUS", found.Entry(EntryKind.Country).Country);
    }

    [Fact]
    public void Find_InflectedCountrySpecificTitle_ImpliesItsCountry()
    {
        var found = Find("Лавров провел телефонный разговор с госсекретарем США Марко Рубио.", Language.Ru);

        var role = found.Entry(EntryKind.Role, "foreign_minister");
        Assert.Equal("USA", role.Country);
        Assert.Equal(Normalized("госсекретарем"), found.Words(EntryKind.Role, "foreign_minister"));
    }

    [Fact]
    public void Find_InflectedTrigger_MatchesCall()
    {
        var found = Find("Стороны обсудили это в телефонном разговоре.", Language.Ru);

        Assert.Equal(Graph.Mappings.ContactType.Call, found.Entry(EntryKind.Trigger).ContactType);
    }

    [Fact]
    public void Find_DeputyTitle_LongestPhraseWins()
    {
        var found = Find("Заместитель министра иностранных дел России Сергей Рябков прибыл в Вашингтон.", Language.Ru);

        Assert.Equal(Normalized("Заместитель министра иностранных дел"), found.Words(EntryKind.Role, "deputy_foreign_minister"));
        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
    }

    [Fact]
    public void Find_TitleBrokenBySentenceEnd_DoesNotMatch()
    {
        var found = Find("Его принял министр. Иностранных дел участников было много.", Language.Ru);

        Assert.False(found.Has(EntryKind.Role, "foreign_minister"));
    }
}
