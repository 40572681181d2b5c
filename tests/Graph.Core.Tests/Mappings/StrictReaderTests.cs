namespace Graph.Tests.Mappings;

public sealed class StrictReaderTests
{
    [Fact]
    public void Validate_UnknownKeyNearAnAllowedOne_SuggestsTheAllowedKey()
    {
        var text = ReplaceFirst(GoodMappings.Countries, "capital: true", "capitol: true");

        var error = MappingAssert.SingleError("countries.yaml", text, "capitol", "unknown key 'capitol'");

        Assert.Contains("did you mean 'capital'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownKeyFarFromAllowedOnes_ListsAllowedKeysWithoutGuessing()
    {
        var text = GoodMappings.Countries.Replace("    name: Iran", "    name: Iran\n    population: 90000000", StringComparison.Ordinal);

        var error = MappingAssert.SingleError("countries.yaml", text, "population", "unknown key 'population'");

        Assert.DoesNotContain("did you mean", error.Hint, StringComparison.Ordinal);
        Assert.Contains("adjectives", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownTopLevelKey_IsReported()
    {
        var text = GoodMappings.Roles + "\nrole:\n  - id: spare\n";

        MappingAssert.SingleError("roles.yaml", text, "role:\n", "unknown key 'role'");
    }

    [Fact]
    public void Validate_MissingRequiredKey_PointsAtTheEntry()
    {
        var text = GoodMappings.Countries.Replace("    name: Iran\n", "", StringComparison.Ordinal);

        MappingAssert.SingleError("countries.yaml", text, "id: IRN", "missing the required key 'name'");
    }

    [Fact]
    public void Validate_ScalarWhereAPhraseListIsExpected_ReportsTheWrongKind()
    {
        var text = GoodMappings.Countries.Replace("fa: [ایران]", "fa: ایران", StringComparison.Ordinal);

        MappingAssert.SingleError("countries.yaml", text, "ایران, ar", "must be a list");
    }

    [Fact]
    public void Validate_ListWhereAPhraseMapIsExpected_ReportsTheWrongKind()
    {
        var text = GoodMappings.Contacts.Replace("past: {en: [previously], fa: [پیش از این], ar: [سابقا], ru: [ранее]}",
            "past: [previously]", StringComparison.Ordinal);

        MappingAssert.SingleError("contacts.yaml", text, "[previously]", "'past'", "must be a map from language");
    }

    [Fact]
    public void Validate_ListWhereASingleValueIsExpected_ReportsTheWrongKind()
    {
        var text = GoodMappings.Countries.Replace("name: Iran", "name: [Iran]", StringComparison.Ordinal);

        MappingAssert.SingleError("countries.yaml", text, "[Iran]", "'name'", "must be a single value");
    }

    [Fact]
    public void Validate_UnknownLanguageCode_IsReportedAtTheCode()
    {
        var text = GoodMappings.Countries.Replace("ru: [Иран]}", "ru: [Иран], de: [Iran]}", StringComparison.Ordinal);

        var error = MappingAssert.SingleError("countries.yaml", text, "de: [Iran]", "unknown language 'de'");

        Assert.Contains("fa, ar, en, ru", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UpperCaseLanguageCode_SuggestsTheCode()
    {
        var text = GoodMappings.Countries.Replace("{en: [Iran]", "{EN: [Iran]", StringComparison.Ordinal);

        var error = MappingAssert.SingleError("countries.yaml", text, "EN:", "unknown language 'EN'");

        Assert.Contains("did you mean 'en'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyPhrase_IsReportedAtThePhrase()
    {
        var text = GoodMappings.Countries.Replace("en: [Iran]", "en: [Iran, '']", StringComparison.Ordinal);

        MappingAssert.SingleError("countries.yaml", text, "''", "is empty");
    }

    [Fact]
    public void Validate_DuplicateKey_IsReportedAtTheSecondKey()
    {
        var text = GoodMappings.Countries.Replace("    name: Iran\n", "    name: Iran\n    name: Persia\n", StringComparison.Ordinal);

        MappingAssert.SingleError("countries.yaml", text, "name: Persia", "Duplicate key");
    }

    [Fact]
    public void Validate_YamlSyntaxError_IsReportedWhereTheParserStopped()
    {
        var text = GoodMappings.Roles.Replace("ru: [президент]}", "ru: [президент}", StringComparison.Ordinal);

        using var mappings = new TempMappings();
        mappings.Write("roles.yaml", text);

        var error = Assert.Single(Graph.Mappings.MappingLoader.Validate(mappings.Path));
        Assert.Equal("roles.yaml", Path.GetFileName(error.Mark.File));
        Assert.Equal(TextPosition.Of(text, "ru: [президент}").Line, error.Mark.Line);
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FlagThatIsNotTrueOrFalse_IsReported()
    {
        var text = GoodMappings.Roles.Replace("single_holder: false", "single_holder: sometimes", StringComparison.Ordinal);

        MappingAssert.SingleError("roles.yaml", text, "sometimes", "single_holder", "true or false");
    }

    [Fact]
    public void Validate_OffsetThatIsNotANumber_IsReported()
    {
        var text = GoodMappings.Dates.Replace("offset: -1", "offset: minus one", StringComparison.Ordinal);

        MappingAssert.SingleError("dates.yaml", text, "minus one", "offset", "whole number");
    }

    private static string ReplaceFirst(string text, string oldText, string newText)
    {
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length));
    }
}
