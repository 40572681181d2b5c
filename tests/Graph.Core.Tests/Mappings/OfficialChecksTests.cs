using Graph.Mappings;

namespace Graph.Tests.Mappings;

public sealed class OfficialChecksTests
{
    private const string File = "officials.yaml";

    [Fact]
    public void Validate_DuplicateOfficialId_ReportsTheSecondDefinition()
    {
        var text = Replace("id: abbas-araghchi", "id: sergey-lavrov");

        MappingAssert.SingleError(File, text, "sergey-lavrov", occurrence: 2, "duplicate official id 'sergey-lavrov'");
    }

    [Fact]
    public void Validate_OfficialIdNotASlug_IsReported()
    {
        var text = Replace("id: abbas-araghchi", "id: Abbas_Araghchi");

        MappingAssert.SingleError(File, text, "Abbas_Araghchi", "'Abbas_Araghchi' is malformed");
    }

    [Fact]
    public void Validate_OfficialOfUnknownCountry_IsReportedAtTheCountry()
    {
        var text = Replace("country: IRN", "country: IRQ");

        MappingAssert.SingleError(File, text, "IRQ", "unknown country 'IRQ'");
    }

    [Fact]
    public void Validate_OfficeOfUnknownCountry_IsReportedAtTheCountry()
    {
        var text = Replace("country: RUS, from", "country: SUN, from");

        MappingAssert.SingleError(File, text, "SUN", "unknown country 'SUN'");
    }

    [Fact]
    public void Validate_OfficeOfUnknownRole_IsReportedAtTheRole()
    {
        var text = Replace("role: foreign_minister\n", "role: foreign_secretary\n");

        MappingAssert.SingleError(File, text, "foreign_secretary", "unknown role 'foreign_secretary'");
    }

    [Fact]
    public void Validate_February30_IsAnImpossibleDate()
    {
        var text = Replace("from: 2024-08-21", "from: 2023-02-30");

        MappingAssert.SingleError(File, text, "2023-02-30", "'2023-02-30' is an impossible date");
    }

    [Fact]
    public void Validate_Month13_IsAnImpossibleDate()
    {
        var text = Replace("from: 2024-08-21", "from: 2023-13-01");

        MappingAssert.SingleError(File, text, "2023-13-01", "'2023-13-01' is an impossible date");
    }

    [Fact]
    public void Validate_DateInWords_IsNotADate()
    {
        var text = Replace("from: 2004-03-09", "from: 9 March 2004");

        var error = MappingAssert.SingleError(File, text, "9 March 2004", "is not a date");

        Assert.Contains("YYYY-MM-DD", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_EmptyEndDate_MeansStillInOffice()
    {
        using var mappings = new TempMappings();
        mappings.Write(File, Replace("{role: foreign_minister, from: 2024-08-21}", "{role: foreign_minister, from: 2024-08-21, to: }"));

        var araghchi = MappingLoader.LoadDirectory(mappings.Path).Officials.Single(official => official.Id == "abbas-araghchi");

        Assert.Null(Assert.Single(araghchi.Offices).To);
    }

    [Fact]
    public void Validate_OfficeEndingBeforeItStarts_IsReportedAtTheEnd()
    {
        var text = Replace("to: 2012-05-07", "to: 2007-05-07");

        MappingAssert.SingleError(File, text, "2007-05-07", "ends on 2007-05-07, before it starts on 2008-05-07");
    }

    [Fact]
    public void Validate_OneOfficialHoldingOneRoleTwiceAtOnce_IsReported()
    {
        var text = Replace("from: 2004-03-09\n", "from: 2004-03-09\n      - {role: foreign_minister, from: 2010-01-01, to: 2011-01-01}\n");

        MappingAssert.SingleError(File, text, "{role: foreign_minister, from: 2010",
            "sergey-lavrov", "'foreign_minister' twice", "from 2010-01-01 to 2011-01-01");
    }

    [Fact]
    public void Validate_TwoHoldersOfASingleHolderRoleAtOnce_ReportsBothAndTheOverlap()
    {
        var text = Replace("from: 2008-05-07, to: 2012-05-07", "from: 2008-03-02, to: 2012-05-07");

        MappingAssert.SingleError(File, text, "{role: president, country: RUS",
            "vladimir-putin", "dmitry-medvedev", "'president' of RUS", "from 2008-03-02 to 2008-05-07");
    }

    [Fact]
    public void Validate_SuccessorStartingOnThePredecessorsLastDay_IsNotAConflict()
    {
        Assert.Contains("to: 2008-05-07", GoodMappings.Officials, StringComparison.Ordinal);
        Assert.Contains("from: 2008-05-07", GoodMappings.Officials, StringComparison.Ordinal);

        MappingAssert.NoErrors(File, GoodMappings.Officials);
    }

    [Fact]
    public void Validate_TwoHoldersOfAMultiHolderRoleAtOnce_IsNotAConflict()
    {
        var envoy = "\n      - {role: envoy, country: RUS, from: 2020-01-01, to: 2020-12-31}";
        var text = Replace("from: 2012-05-07}", "from: 2012-05-07}" + envoy)
            .Replace("to: 2012-05-07}", "to: 2012-05-07}" + envoy, StringComparison.Ordinal);

        MappingAssert.NoErrors(File, text);
    }

    [Fact]
    public void Validate_AliasOfTwoOfficialsDifferingInCase_IsReportedAtTheSecond()
    {
        var text = Replace("en: [Abbas Araghchi, Araghchi]", "en: [Abbas Araghchi, Araghchi, LAVROV]");

        MappingAssert.SingleError(File, text, "LAVROV", "'LAVROV'", "abbas-araghchi", "sergey-lavrov");
    }

    [Fact]
    public void Validate_SameAliasTwiceForOneOfficial_IsNotAConflict()
    {
        var text = Replace("ru: [Сергей Лавров, Лавров]", "ru: [Сергей Лавров, Лавров, lavrov]");

        MappingAssert.NoErrors(File, text);
    }

    [Fact]
    public void Validate_AliasEqualOnlyAfterTheGivenNormaliser_IsReportedWithItAndNotWithout()
    {
        // The Arabic yeh in the added spelling differs from the Persian yeh in Lavrov's name until normalised.
        var text = Replace("ar: [عباس عراقجي, عراقجي]", "ar: [عباس عراقجي, عراقجي, سرگئي لاوروف]");
        using var mappings = new TempMappings();
        mappings.Write(File, text);

        var plain = MappingLoader.Validate(mappings.Path);
        var normalised = MappingLoader.Validate(mappings.Path, phrase => phrase.Replace('ي', 'ی'));

        Assert.Empty(plain);
        var error = Assert.Single(normalised);
        Assert.Contains("sergey-lavrov", error.Message, StringComparison.Ordinal);
        Assert.Equal(TextPosition.Of(text, "سرگئي لاوروف"), (error.Mark.Line, error.Mark.Column));
    }

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, GoodMappings.Officials, StringComparison.Ordinal);
        return GoodMappings.Officials.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
