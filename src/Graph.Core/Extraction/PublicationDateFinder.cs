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
    public static ResolvedDate? Find(CleanedPage page, IReadOnlyList<DateExpression> bodyDates, DateExpressionFinder finder, DateOnly ceiling)
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
        var today = bodyDates.FirstOrDefault(e => e.OffsetDays == 0 && e.Kind == DateExpressionKind.Absolute && e.Day is not null);
        return today is null ? null : DateResolver.Resolve(today, null, ceiling, ResolveDirection.Nearest);
    }
}
