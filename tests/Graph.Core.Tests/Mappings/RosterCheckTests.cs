using Graph.Mappings;
using Graph.Text;

namespace Graph.Tests.Mappings;

public sealed class RosterCheckTests
{
    private static readonly Func<string, string> Normalize = phrase => phrase.Trim().ToLowerInvariant();

    [Fact]
    public void Check_GoodRoster_FindsNothing()
    {
        Assert.Empty(RosterCheck.Check(Load(GoodMappings.Officials), Normalize));
    }

    [Fact]
    public void Check_OfficialWithoutArabicAndRussianNames_NamesTheMissingLanguages()
    {
        var set = Load(GoodMappings.Officials);
        var lavrov = Official(set, "sergey-lavrov");
        var englishAndPersianOnly = new PhraseSet(new Dictionary<Language, IReadOnlyList<string>>
        {
            [Language.En] = lavrov.Names.For(Language.En),
            [Language.Fa] = lavrov.Names.For(Language.Fa),
        });

        var errors = RosterCheck.Check(Replace(set, lavrov with { Names = englishAndPersianOnly }), Normalize);

        var error = Assert.Single(errors);
        Assert.Contains("sergey-lavrov has no names in ar, ru", error.Message, StringComparison.Ordinal);
        Assert.Equal(lavrov.Mark, error.Mark);
    }

    [Fact]
    public void Check_AliasThatIsACountryMetonym_IsReported()
    {
        var set = Load(GoodMappings.Officials.Replace("en: [Vladimir Putin, Putin]", "en: [Vladimir Putin, Putin, The Kremlin, kremlin]",
            StringComparison.Ordinal));

        var error = Assert.Single(RosterCheck.Check(set, Normalize));

        Assert.Contains("'kremlin' of official vladimir-putin also names country RUS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AliasThatIsARolePhrase_IsReported()
    {
        var set = Load(GoodMappings.Officials.Replace("ru: [Владимир Путин, Путин]", "ru: [Владимир Путин, Путин, Президент]",
            StringComparison.Ordinal));

        var error = Assert.Single(RosterCheck.Check(set, Normalize));

        Assert.Contains("'Президент' of official vladimir-putin also names role president", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AliasOfTwoOfficials_IsReported()
    {
        var set = Load(GoodMappings.Officials);
        var araghchi = Official(set, "abbas-araghchi");
        var names = new Dictionary<Language, IReadOnlyList<string>>(araghchi.Names.ByLanguage) { [Language.Ru] = ["Аббас Аракчи", "Путин"] };

        var error = Assert.Single(RosterCheck.Check(Replace(set, araghchi with { Names = new PhraseSet(names) }), Normalize));

        Assert.Contains("'Путин' of official abbas-araghchi also names official vladimir-putin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverlappingOfficesOfOnePerson_IsReported()
    {
        var set = Load(GoodMappings.Officials);
        var lavrov = Official(set, "sergey-lavrov");
        var second = lavrov.Offices[0] with { From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 6, 30) };

        var error = Assert.Single(RosterCheck.Check(Replace(set, lavrov with { Offices = [lavrov.Offices[0], second] }), Normalize));

        Assert.Contains("sergey-lavrov holds role 'foreign_minister' twice from 2015-01-01 to 2015-06-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoPresidentsOnTheSameDays_ReportsBoth()
    {
        var set = Load(GoodMappings.Officials);
        var medvedev = Official(set, "dmitry-medvedev");
        var early = medvedev.Offices[0] with { From = new DateOnly(2008, 5, 1) };

        var error = Assert.Single(RosterCheck.Check(Replace(set, medvedev with { Offices = [early] }), Normalize));

        Assert.Contains("vladimir-putin and dmitry-medvedev", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 2008-05-01 to 2008-05-07", error.Message, StringComparison.Ordinal);
        Assert.Equal(early.Mark, error.Mark);
    }

    private static MappingSet Load(string officials)
    {
        using var mappings = new TempMappings();
        mappings.Write("officials.yaml", officials);
        return MappingLoader.LoadDirectory(mappings.Path);
    }

    private static OfficialMapping Official(MappingSet set, string id) => set.Officials.Single(official => official.Id == id);

    private static MappingSet Replace(MappingSet set, OfficialMapping changed) =>
        set with { Officials = [.. set.Officials.Select(official => official.Id == changed.Id ? changed : official)] };
}
