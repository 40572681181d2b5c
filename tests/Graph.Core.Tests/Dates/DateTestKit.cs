using Graph.Dates;
using Graph.Tests.Support;
using Graph.Text;

namespace Graph.Tests.Dates;

/// <summary>The finder over the real dates.yaml (as the mapping loader reads it), built once, and helpers that read what it found.</summary>
internal static class DateTestKit
{
    public static DateExpressionFinder Finder { get; } = new(TestExtractor.Compiled.Set.Dates, TextNormalizer.NormalizePhrase);

    /// <summary>Text as the pipeline hands it to the finder.</summary>
    public static string Normalize(string raw) => TextNormalizer.Normalize(raw).Text;

    /// <summary>Normalises <paramref name="raw"/> like the pipeline does and returns what the finder finds.</summary>
    public static IReadOnlyList<DateExpression> Find(string raw) => Finder.Find(Normalize(raw));

    /// <summary>The only expression in <paramref name="raw"/>, with the normalised text it covers.</summary>
    public static (DateExpression Expression, string Covered) Single(string raw)
    {
        var text = Normalize(raw);
        var expression = Assert.Single(Finder.Find(text));
        return (expression, text.Substring(expression.Start, expression.Length));
    }

    public static void AssertAbsolute(DateExpression expression, CalendarKind calendar, int? year, int month, int? day)
    {
        Assert.Equal(DateExpressionKind.Absolute, expression.Kind);
        Assert.Equal(calendar, expression.Calendar);
        Assert.Equal(year, expression.Year);
        Assert.Equal(month, expression.Month);
        Assert.Equal(day, expression.Day);
    }
}
