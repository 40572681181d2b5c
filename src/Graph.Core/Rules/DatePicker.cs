using Graph.Dates;
using Graph.Facts;

namespace Graph.Rules;

/// <summary>
/// Chooses the date of a contact among the date expressions of its sentence: resolved against the
/// publication date, looking back for what happened and forward for what is planned. A happened contact
/// cannot be dated after its own report (allowing two days for time zones and late bylines), so a
/// date in the future names something else (the parade someone was invited to).
/// </summary>
public sealed class DatePicker(DateOnly? published, DateOnly ceiling)
{
    private const int BylineSlackDays = 2;

    public DateOnly? Published => published;

    public ResolvedDate? Pick(SentenceView sentence, int nearToken, IReadOnlyList<Gazetteer.Token> tokens, ContactStatus status, bool earlier = false)
    {
        ResolvedDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var expression in sentence.Dates)
        {
            var resolved = Resolve(expression, status) ?? (earlier ? LastBefore(expression) : null);
            if (resolved is null)
            {
                continue;
            }
            // A date in another clause ("arrived on Monday evening, and today, Tuesday, met ...") counts as farther.
            var distance = Math.Abs(TokenAt(tokens, expression.Start) - nearToken)
                + (ClauseBreakBetween(sentence.Source, expression.Start, tokens[Math.Min(nearToken, tokens.Count - 1)].Start) ? ClausePenalty : 0);
            if (distance < bestDistance || (distance == bestDistance && best is not null && resolved.Source == DateSource.Stated && best.Source != DateSource.Stated))
            {
                best = resolved;
                bestDistance = distance;
            }
        }
        return best;
    }

    // Resolved once per expression and status: an expression's start is unique within its article.
    private readonly Dictionary<int, ResolvedDate?> _resolved = [];

    public ResolvedDate? Resolve(DateExpression expression, ContactStatus status)
    {
        var key = expression.Start * 2 + (status == ContactStatus.Planned ? 1 : 0);
        if (!_resolved.TryGetValue(key, out var resolved))
        {
            resolved = ResolveUncached(expression, status);
            _resolved[key] = resolved;
        }
        return resolved;
    }

    private ResolvedDate? ResolveUncached(DateExpression expression, ContactStatus status)
    {
        var direction = status == ContactStatus.Planned ? ResolveDirection.Future : ResolveDirection.Past;
        var resolved = DateResolver.Resolve(expression, published, ceiling, direction);
        if (resolved is null)
        {
            return null;
        }
        if (status == ContactStatus.Happened && published is { } day && resolved.Date > day.AddDays(BylineSlackDays))
        {
            return null;
        }
        return resolved;
    }

    /// <summary>
    /// "They had last met on 29 Ordibehesht": a day and month without a year, told as an earlier event,
    /// is the last such day on or before the publication date.
    /// </summary>
    private ResolvedDate? LastBefore(DateExpression expression)
    {
        if (published is not { } day || expression.Kind != DateExpressionKind.Absolute || expression.Year is not null
            || expression.Day is null || expression.Month is null)
        {
            return null;
        }
        var year = expression.Calendar == CalendarKind.SolarHijri
            ? new System.Globalization.PersianCalendar().GetYear(day.ToDateTime(TimeOnly.MinValue))
            : day.Year;
        foreach (var candidate in new[] { year, year - 1 })
        {
            if (DateResolver.Resolve(expression with { Year = candidate }, published, ceiling, ResolveDirection.Past) is { } resolved
                && resolved.Date <= day)
            {
                return resolved with { Source = DateSource.Inferred };
            }
        }
        return null;
    }

    private const int ClausePenalty = 1000;

    private static bool ClauseBreakBetween(string source, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        return source.AsSpan(from, to - from).IndexOfAny([',', '،', ';', '؛']) >= 0;
    }

    private static int TokenAt(IReadOnlyList<Gazetteer.Token> tokens, int offset)
    {
        var low = 0;
        var high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
