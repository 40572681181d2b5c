using Graph.Articles;
using Graph.Dates;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Finds the day a page was published: a line labelled as the publication date wins, then a date
/// standing alone on a line (a byline), then a "today" in the story that carries its own date
/// ("today, Tuesday 28 Shahrivar"). Lines labelled as another date (updated, viewed) never count.
/// </summary>
internal static class PublicationDateFinder
{
    private const int EarlyLines = 2;
    private const int EarlyLineLength = 80;

    private const int LabelledLines = 12;

    public static ResolvedDate? Find(CleanedPage page, string body, IReadOnlyList<DateExpression> bodyDates, DateExpressionFinder finder, DateOnly ceiling,
        IReadOnlyList<string> publicationLabels)
    {
        foreach (var kind in new[] { DateLineKind.Publication, DateLineKind.Standalone })
        {
            foreach (var line in page.DateLines.Where(l => l.Kind == kind))
            {
                if (FullDate(finder.Find(TextNormalizer.Normalize(line.Text).Text), 0, int.MaxValue, ceiling) is { } found)
                {
                    return found;
                }
            }
        }
        var lines = FirstLines(body, LabelledLines).ToList();
        // A label inside a metadata line ("News ID: 123 | Published: 18-02-1399"): the first full date after it.
        foreach (var (start, end) in lines)
        {
            foreach (var label in publicationLabels)
            {
                var at = body.IndexOf(label, start, end - start, StringComparison.Ordinal);
                if (at >= 0 && FullDate(bodyDates, at + 1, end, ceiling) is { } labelled)
                {
                    return labelled;
                }
            }
        }
        // A full date on one of the first short lines of the story is a dateline ("Moscow, Wednesday 29 June 2022").
        foreach (var (start, end) in lines.Take(EarlyLines).Where(line => line.End - line.Start <= EarlyLineLength))
        {
            if (FullDate(bodyDates, start, end, ceiling) is { } early)
            {
                return early;
            }
        }
        var today = bodyDates.FirstOrDefault(e => e.OffsetDays == 0 && e.Kind == DateExpressionKind.Absolute && e.Day is not null);
        return today is null ? null : DateResolver.Resolve(today, null, ceiling, ResolveDirection.Nearest);
    }

    /// <summary>The first written-out day, month and year starting in [from, to), as a publication date not after the ceiling.</summary>
    private static ResolvedDate? FullDate(IReadOnlyList<DateExpression> dates, int from, int to, DateOnly ceiling) =>
        dates
            .Where(e => e.Start >= from && e.Start < to && e.Kind == DateExpressionKind.Absolute && e.Year is not null && e.Day is not null)
            .Select(e => DateResolver.Resolve(e, null, ceiling, ResolveDirection.Past))
            .Where(d => d is not null && d.Date <= ceiling)
            .Select(d => d! with { Source = DateSource.Publication })
            .FirstOrDefault();

    private static IEnumerable<(int Start, int End)> FirstLines(string text, int count)
    {
        var start = 0;
        for (var line = 0; line < count && start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            yield return (start, end);
            start = end + 1;
        }
    }
}
