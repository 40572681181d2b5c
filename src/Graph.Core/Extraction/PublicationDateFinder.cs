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
                var found = finder.Find(TextNormalizer.Normalize(line.Text).Text)
                    .Where(e => e.Kind == DateExpressionKind.Absolute && e.Year is not null && e.Day is not null)
                    .Select(e => DateResolver.Resolve(e, null, ceiling, ResolveDirection.Past))
                    .FirstOrDefault(d => d is not null && d.Date <= ceiling);
                if (found is not null)
                {
                    return found with { Source = DateSource.Publication };
                }
            }
        }
        if ((LabelInLine(body, bodyDates, ceiling, publicationLabels) ?? EarlyLineDate(body, bodyDates, ceiling)) is { } early)
        {
            return early;
        }
        var today = bodyDates.FirstOrDefault(e => e.OffsetDays == 0 && e.Kind == DateExpressionKind.Absolute && e.Day is not null);
        return today is null ? null : DateResolver.Resolve(today, null, ceiling, ResolveDirection.Nearest);
    }

    /// <summary>
    /// A publication label inside one of the first lines of the page ("News ID: 123 | Published: 18-02-1399"):
    /// the first full date after it.
    /// </summary>
    private static ResolvedDate? LabelInLine(string body, IReadOnlyList<DateExpression> bodyDates, DateOnly ceiling, IReadOnlyList<string> labels)
    {
        var start = 0;
        for (var line = 0; line < LabelledLines && start < body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            foreach (var label in labels)
            {
                var at = body.IndexOf(label, start, end - start, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                var found = bodyDates
                    .Where(e => e.Start > at && e.Start < end && e.Kind == DateExpressionKind.Absolute && e.Year is not null && e.Day is not null)
                    .Select(e => DateResolver.Resolve(e, null, ceiling, ResolveDirection.Past))
                    .FirstOrDefault(d => d is not null && d.Date <= ceiling);
                if (found is not null)
                {
                    return found with { Source = DateSource.Publication };
                }
            }
            start = end + 1;
        }
        return null;
    }

    /// <summary>A full date on one of the first short lines of the story is a dateline ("Moscow, Wednesday 29 June 2022").</summary>
    private static ResolvedDate? EarlyLineDate(string body, IReadOnlyList<DateExpression> bodyDates, DateOnly ceiling)
    {
        var start = 0;
        for (var line = 0; line < EarlyLines && start < body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            if (end - start <= EarlyLineLength)
            {
                var found = bodyDates
                    .Where(e => e.Start >= start && e.Start < end && e.Kind == DateExpressionKind.Absolute && e.Year is not null && e.Day is not null)
                    .Select(e => DateResolver.Resolve(e, null, ceiling, ResolveDirection.Past))
                    .FirstOrDefault(d => d is not null && d.Date <= ceiling);
                if (found is not null)
                {
                    return found with { Source = DateSource.Publication };
                }
            }
            start = end + 1;
        }
        return null;
    }
}
