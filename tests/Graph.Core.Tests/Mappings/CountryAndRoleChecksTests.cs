namespace Graph.Tests.Mappings;

public sealed class CountryAndRoleChecksTests
{
    [Fact]
    public void Validate_DuplicateCountryId_ReportsTheSecondDefinition()
    {
        var text = GoodMappings.Countries + "\n  - id: IRN\n    name: Persia\n    names: {en: [Persia]}\n";

        var error = MappingAssert.SingleError("countries.yaml", text, "IRN\n", occurrence: 2, "duplicate country id 'IRN'");

        Assert.Contains($"first defined at line {TextPosition.Of(text, "IRN").Line}", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CountryIdNotThreeCapitals_IsReported()
    {
        var countries = GoodMappings.Countries.Replace("id: IRN", "id: Iran", StringComparison.Ordinal);
        using var mappings = new TempMappings();
        mappings.Write("countries.yaml", countries);
        // Officials refer to IRN, so the rename also breaks that reference; only the id error is of interest here.
        mappings.Write("officials.yaml", GoodMappings.Officials.Replace("country: IRN", "country: Iran", StringComparison.Ordinal));

        var error = Assert.Single(Graph.Mappings.MappingLoader.Validate(mappings.Path));

        Assert.Contains("'Iran' is malformed", error.Message, StringComparison.Ordinal);
        Assert.Equal(TextPosition.Of(countries, "Iran"), (error.Mark.Line, error.Mark.Column));
    }

    [Fact]
    public void Validate_DuplicateCityName_IsReported()
    {
        var text = GoodMappings.Countries.Replace("- name: Tehran", "- name: Moscow", StringComparison.Ordinal);

        MappingAssert.SingleError("countries.yaml", text, "Moscow", occurrence: 3, "duplicate city name 'Moscow'");
    }

    [Fact]
    public void Validate_DuplicateRoleId_ReportsTheSecondDefinition()
    {
        var text = GoodMappings.Roles.Replace("id: envoy", "id: president", StringComparison.Ordinal);

        MappingAssert.SingleError("roles.yaml", text, "president\n", occurrence: 2, "duplicate role id 'president'");
    }

    [Fact]
    public void Validate_RoleIdWithCapitalsAndDashes_IsReported()
    {
        var roles = GoodMappings.Roles.Replace("id: envoy", "id: Special-Envoy", StringComparison.Ordinal);

        MappingAssert.SingleError("roles.yaml", roles, "Special-Envoy", "'Special-Envoy' is malformed");
    }

    [Fact]
    public void Validate_CountryPhrasesForUnknownCountry_IsReportedAtTheCountry()
    {
        var text = GoodMappings.Roles.Replace("country: USA", "country: US", StringComparison.Ordinal);

        var error = MappingAssert.SingleError("roles.yaml", text, "US\n", "unknown country 'US'");

        Assert.Contains("did you mean 'USA'", error.Hint, StringComparison.Ordinal);
    }
}
