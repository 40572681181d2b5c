using Graph.Dates;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Tests.Dates;

public sealed class DateExpressionFinderTests
{
    [Fact]
    public void Constructor_PhraseInTwoMonths_Throws()
    {
        var months = Enumerable.Range(1, 12).Select(month => English(month == 3 || month == 5 ? "may" : $"m{month}")).ToList();
        var vocabulary = new DateVocabulary(months, [], [], [], PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty);

        var error = Assert.Throws<ArgumentException>(() => new DateExpressionFinder(vocabulary, TextNormalizer.NormalizePhrase));

        Assert.Contains("'may'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PhraseNormalisedLikeText_MatchesNormalisedVariant()
    {
        var weekdays = Enumerable.Range(0, 7).Select(day => English(day == 5 ? "Friday" : $"d{day}")).ToList();
        var vocabulary = new DateVocabulary([], [], weekdays, [], PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty);
        var finder = new DateExpressionFinder(vocabulary, phrase => phrase.ToUpperInvariant());

        var expression = Assert.Single(finder.Find("they met on FRIDAY"));

        Assert.Equal(DayOfWeek.Friday, expression.Weekday);
    }

    [Fact]
    public void Find_SeveralExpressions_ReturnsThemInOrderWithoutOverlap()
    {
        var text = DateTestKit.Normalize("Yesterday Lavrov recalled that Biden and Putin met in Geneva on 16 June 2021, a Wednesday.");

        var found = DateTestKit.Finder.Find(text);

        Assert.Equal(
            [DateExpressionKind.Relative, DateExpressionKind.Absolute, DateExpressionKind.Weekday],
            found.Select(e => e.Kind));
        Assert.Equal(["yesterday", "16 june 2021", "wednesday"], found.Select(e => text.Substring(e.Start, e.Length)));
    }

    private static PhraseSet English(string phrase) =>
        new(new Dictionary<Language, IReadOnlyList<string>> { [Language.En] = [phrase] });
}
