using Graph.Tests.Support;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Tests.Mappings;

public sealed class MappingLoaderTests
{
    [Fact]
    public void LoadDirectory_GoodDirectory_PopulatesEveryRecord()
    {
        using var mappings = new TempMappings();

        var set = MappingLoader.LoadDirectory(mappings.Path);

        var russia = Assert.Single(set.Countries, country => country.Id == "RUS");
        Assert.Equal("Russia", russia.Name);
        Assert.Equal(["Russia", "Russian Federation"], russia.Names.For(Language.En));
        Assert.Equal(["Кремль"], russia.Metonyms.For(Language.Ru));
        var moscow = Assert.Single(russia.Cities);
        Assert.True(moscow.Capital);
        Assert.Equal(["مسکو"], moscow.Names.For(Language.Fa));
        Assert.Equal(Path.Combine(mappings.Path, "countries.yaml"), russia.Mark.File);
        Assert.Equal((2, 5), (russia.Mark.Line, russia.Mark.Column));

        var envoy = Assert.Single(set.Roles, role => role.Id == "envoy");
        Assert.False(envoy.SingleHolder);
        var foreignMinister = Assert.Single(set.Roles, role => role.Id == "foreign_minister");
        Assert.True(foreignMinister.SingleHolder);
        Assert.Equal(["وزراء الخارجية"], foreignMinister.Plural.For(Language.Ar));
        var secretary = Assert.Single(foreignMinister.CountryPhrases);
        Assert.Equal("USA", secretary.Country);
        Assert.Equal(["госсекретарь"], secretary.Phrases.For(Language.Ru));
        Assert.Equal(["همتای"], set.Lexicon.Counterparts.For(Language.Fa));

        var putin = Assert.Single(set.Officials, official => official.Id == "vladimir-putin");
        Assert.Equal("RUS", putin.Country);
        Assert.Equal(["Владимир Путин", "Путин"], putin.Names.For(Language.Ru));
        Assert.Equal(
            [new DateOnly(2000, 5, 7), new DateOnly(2012, 5, 7)],
            putin.Offices.Select(office => office.From));
        Assert.Equal(new DateOnly(2008, 5, 7), putin.Offices[0].To);
        Assert.Null(putin.Offices[1].To);
        Assert.All(putin.Offices, office => Assert.Equal(("president", "RUS"), (office.Role, office.Country)));
        Assert.True(putin.Offices[0].Mark.Line > putin.Mark.Line);

        Assert.Equal([ContactType.Call, ContactType.Visit, ContactType.Meeting, ContactType.Invitation], set.Contacts.Rules.Select(rule => rule.Type));
        Assert.Equal(["по телефону"], set.Contacts.PhoneCues.For(Language.Ru));
        Assert.Equal(["به درخواست"], set.Contacts.InitiatorCues.For(Language.Fa));

        Assert.Equal(@"^\s*(Share|Tweet)\s*$", Assert.Single(set.Sources.Generic.DropLines));
        Assert.Equal(["example-agency.test"], Assert.Single(set.Sources.Sites).Detect);

        Assert.Equal(12, set.Dates.GregorianMonths.Count);
        Assert.Equal(["آب"], set.Dates.GregorianMonths[7].For(Language.Ar).Skip(1));
        Assert.Equal(["Esfand"], set.Dates.SolarHijriMonths[11].For(Language.En));
        Assert.Equal(["суббота"], set.Dates.Weekdays[(int)DayOfWeek.Saturday].For(Language.Ru));
        Assert.Equal(-1, Assert.Single(set.Dates.RelativeDays, day => day.Name == "yesterday").OffsetDays);

        Assert.Equal("Official", set.Graph.Nodes["official"].Label);
        Assert.Equal("id", set.Graph.Nodes["article"].Key);
        Assert.Equal("MET", set.Graph.Relationships["meeting"]);
    }

    [Fact]
    public void LoadDirectory_ProblemsInSeveralFiles_ThrowsWithEveryOneInFileOrder()
    {
        using var mappings = new TempMappings();
        mappings.Write("countries.yaml", GoodMappings.Countries.Replace("id: USA", "id: IRN", StringComparison.Ordinal));
        mappings.Write("officials.yaml", GoodMappings.Officials
            .Replace("from: 2024-08-21", "from: 2024-02-30", StringComparison.Ordinal)
            .Replace("country: RUS\n", "country: RUX\n", StringComparison.Ordinal));
        mappings.Write("graph.yaml", GoodMappings.Graph.Replace("visit: VISITED", "visit: VISITED BY", StringComparison.Ordinal));
        mappings.Delete("dates.yaml");

        var exception = Assert.Throws<MappingException>(() => MappingLoader.LoadDirectory(mappings.Path));

        Assert.Equal(
            ["countries.yaml", "roles.yaml", "officials.yaml", "officials.yaml", "officials.yaml", "officials.yaml", "dates.yaml", "graph.yaml"],
            exception.Errors.Select(error => Path.GetFileName(error.Mark.File)));
        Assert.Contains("duplicate country id 'IRN'", exception.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("unknown country 'USA'", exception.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(3, exception.Errors.Count(error => error.Message.Contains("unknown country 'RUX'", StringComparison.Ordinal)));
        Assert.Contains("impossible date", exception.Errors[5].Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), (exception.Errors[6].Mark.Line, exception.Errors[6].Mark.Column));
        Assert.Contains("VISITED BY", exception.Errors[7].Message, StringComparison.Ordinal);
        Assert.Equal(exception.Errors, MappingLoader.Validate(mappings.Path));
    }

    [Fact]
    public void LoadDirectory_SixHundredOfficials_LoadsThemAll()
    {
        // A roster of the size the mappings will reach; the numbered names are placeholders, not people.
        var roster = new System.Text.StringBuilder("officials:\n");
        for (var i = 0; i < 600; i++)
        {
            roster.Append($"  - id: official-{i}\n    name: Official {i}\n    country: IRN\n")
                .Append($"    names: {{en: [Official {i}], fa: [مقام {i}], ar: [المسؤول {i}], ru: [Чиновник {i}]}}\n")
                .Append($"    offices: [{{role: envoy, from: 2000-01-01}}, {{role: president, from: {1400 + i}-01-01, to: {1400 + i}-12-31}}]\n");
        }

        using var mappings = new TempMappings();
        mappings.Write("officials.yaml", roster.ToString());

        var set = MappingLoader.LoadDirectory(mappings.Path);

        Assert.Equal(600, set.Officials.Count);
        Assert.Equal(1200, set.Officials.Sum(official => official.Offices.Count));
    }

    [Fact]
    public void Validate_MissingFile_IsReportedAtLineZero()
    {
        using var mappings = new TempMappings();
        mappings.Delete("contacts.yaml");

        var error = Assert.Single(MappingLoader.Validate(mappings.Path));

        Assert.Equal(Path.Combine(mappings.Path, "contacts.yaml"), error.Mark.File);
        Assert.Equal((0, 0), (error.Mark.Line, error.Mark.Column));
        Assert.Contains("contacts.yaml is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingCountriesFile_DoesNotAlsoReportEveryCountryReference()
    {
        using var mappings = new TempMappings();
        mappings.Delete("countries.yaml");

        var error = Assert.Single(MappingLoader.Validate(mappings.Path));

        Assert.Contains("countries.yaml is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyFile_IsReported()
    {
        using var mappings = new TempMappings();
        mappings.Write("graph.yaml", "# nothing yet\n");

        var error = Assert.Single(MappingLoader.Validate(mappings.Path));

        Assert.Contains("graph.yaml is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DirectoryThatDoesNotExist_IsOneError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "graph-mappings-absent-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Single(MappingLoader.Validate(missing));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RepositoryGraphFile_IsValid()
    {
        using var mappings = new TempMappings();
        mappings.Write("graph.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "mappings", "graph.yaml")));

        Assert.Empty(MappingLoader.Validate(mappings.Path));
    }

    [Fact]
    public void MappingError_ToString_ReadsFileLineColumnMessageAndHint()
    {
        var error = new MappingError(new SourceMark("roles.yaml", 4, 7), "unknown key 'nmae' in a role", "did you mean 'name'?");

        Assert.Equal("roles.yaml:4:7: unknown key 'nmae' in a role (hint: did you mean 'name'?)", error.ToString());
    }
}
