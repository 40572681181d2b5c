namespace Graph.Tests.Mappings;

public sealed class DateAndGraphChecksTests
{
    [Fact]
    public void Validate_ElevenGregorianMonths_IsReportedAtTheList()
    {
        var text = RemoveLineContaining(GoodMappings.Dates, "December");

        MappingAssert.SingleError("dates.yaml", text, "- {en: [January", "gregorian_months has 11 entries", "exactly 12");
    }

    [Fact]
    public void Validate_ThirteenSolarHijriMonths_IsReported()
    {
        var text = GoodMappings.Dates.Replace("  - {fa: [اسفند], en: [Esfand]}", "  - {fa: [اسفند], en: [Esfand]}\n  - {fa: [کبیسه]}",
            StringComparison.Ordinal);

        MappingAssert.SingleError("dates.yaml", text, "- {fa: [فروردین]", "solar_hijri_months has 13 entries");
    }

    [Fact]
    public void Validate_SixWeekdays_IsReported()
    {
        var text = RemoveLineContaining(GoodMappings.Dates, "Saturday");

        MappingAssert.SingleError("dates.yaml", text, "- {en: [Sunday]", "weekdays has 6 entries", "exactly 7");
    }

    [Fact]
    public void Validate_LabelWithASpace_IsReported()
    {
        var text = GoodMappings.Graph.Replace("label: Official,", "label: Public Official,", StringComparison.Ordinal);

        MappingAssert.SingleError("graph.yaml", text, "Public Official", "'Public Official' is malformed");
    }

    [Fact]
    public void Validate_KeyStartingWithADigit_IsReported()
    {
        var text = GoodMappings.Graph.Replace("{label: Article, key: id}", "{label: Article, key: 1id}", StringComparison.Ordinal);

        MappingAssert.SingleError("graph.yaml", text, "1id", "'1id' is malformed");
    }

    [Fact]
    public void Validate_RelationshipTypeWithADash_IsReported()
    {
        var text = GoodMappings.Graph.Replace("call: CALLED", "call: PHONE-CALLED", StringComparison.Ordinal);

        MappingAssert.SingleError("graph.yaml", text, "PHONE-CALLED", "'PHONE-CALLED' is malformed");
    }

    [Fact]
    public void Validate_MissingNodeKind_IsReportedAtTheNodesMap()
    {
        var text = RemoveLineContaining(GoodMappings.Graph, "article:");

        MappingAssert.SingleError("graph.yaml", text, "official:", "'article'");
    }

    [Fact]
    public void Validate_MissingRelationshipKind_IsReportedAtTheRelationshipsMap()
    {
        var text = RemoveLineContaining(GoodMappings.Graph, "mentions:");

        MappingAssert.SingleError("graph.yaml", text, "call:", "'mentions'");
    }

    [Fact]
    public void Validate_UnknownRelationshipKind_IsReported()
    {
        var text = GoodMappings.Graph + "\n  sanctions: SANCTIONED\n";

        MappingAssert.SingleError("graph.yaml", text, "sanctions", "unknown key 'sanctions'");
    }

    private static string RemoveLineContaining(string text, string marker) =>
        string.Join('\n', text.Split('\n').Where(line => !line.Contains(marker, StringComparison.Ordinal)));
}
