namespace Graph.Tests.Mappings;

public sealed class ContactAndSourceChecksTests
{
    [Fact]
    public void Validate_ContactTypeListedTwice_ReportsTheSecond()
    {
        var text = GoodMappings.Contacts.Replace("type: invitation", "type: visit", StringComparison.Ordinal);

        MappingAssert.SingleError("contacts.yaml", text, "visit\n", occurrence: 2, "duplicate contact rule type 'visit'");
    }

    [Fact]
    public void Validate_UnknownContactType_SuggestsTheNearestType()
    {
        var text = GoodMappings.Contacts.Replace("type: meeting", "type: meetings", StringComparison.Ordinal);

        var error = MappingAssert.SingleError("contacts.yaml", text, "meetings", "unknown contact type 'meetings'");

        Assert.Contains("did you mean 'meeting'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DropLinesPatternThatDoesNotCompile_IsReportedAtThePattern()
    {
        var text = GoodMappings.Sources.Replace(@"'^\s*(Share|Tweet)\s*$'", @"'^\s*(Share|Tweet\s*$'", StringComparison.Ordinal);

        MappingAssert.SingleError("sources.yaml", text, @"'^\s*(Share", "drop_lines pattern", "not a valid regular expression");
    }

    [Fact]
    public void Validate_SiteWithEmptyDetectList_IsReported()
    {
        var text = GoodMappings.Sources.Replace("detect: [example-agency.test]", "detect: []", StringComparison.Ordinal);

        MappingAssert.SingleError("sources.yaml", text, "[]", "site 'example-agency' has no detect strings");
    }

    [Fact]
    public void Validate_SiteWithoutDetectKey_IsReported()
    {
        var text = GoodMappings.Sources.Replace("    detect: [example-agency.test]\n", "", StringComparison.Ordinal);

        MappingAssert.SingleError("sources.yaml", text, "name: example-agency", "missing the required key 'detect'");
    }

    [Fact]
    public void Validate_DuplicateSiteName_IsReported()
    {
        var text = GoodMappings.Sources + "\n  - name: example-agency\n    detect: [another marker]\n";

        MappingAssert.SingleError("sources.yaml", text, "example-agency", occurrence: 3, "duplicate site name 'example-agency'");
    }
}
