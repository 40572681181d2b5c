namespace Graph.Dates;

/// <summary>
/// Turns a <see cref="DateExpression"/> into a Gregorian day. The anchor is the publication date when
/// known; the ceiling is today (from the caller's clock), the latest date a past report can mean.
/// </summary>
public static class DateResolver
{
    // A weekday pins a day + month to one year in about seven; thirty years either side always holds several.
    private const int WeekdayYearSearch = 30;

    // Without a weekday the nearest year is within one either side; two more reach a leap year for 29 February.
    private const int PlainYearSearch = 4;

    public static ResolvedDate? Resolve(DateExpression expression, DateOnly? anchor, DateOnly ceiling, ResolveDirection direction)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Kind switch
        {
            DateExpressionKind.Absolute => ResolveAbsolute(expression, anchor, ceiling),
            DateExpressionKind.Relative => ResolveRelative(expression, anchor),
            DateExpressionKind.Weekday => ResolveWeekday(expression, anchor, direction),
            _ => null,
        };
    }

    /// <summary>The Gregorian day of a date in <paramref name="calendar"/>, or null when there is no such day.</summary>
    public static DateOnly? ToGregorian(CalendarKind calendar, int year, int month, int day) =>
        CalendarMath.ToGregorian(calendar, year, month, day);

    private static ResolvedDate? ResolveAbsolute(DateExpression expression, DateOnly? anchor, DateOnly ceiling)
    {
        if (expression.Month is not { } month)
        {
            return null;
        }

        if (expression.Year is { } year)
        {
            return ToGregorian(expression.Calendar, year, month, expression.Day ?? 1) is { } date
                ? new ResolvedDate(date, expression.Day is null ? DatePrecision.Month : DatePrecision.Day, DateSource.Stated)
                : null;
        }

        return expression.Day is { } day
            && InferYear(expression.Calendar, month, day, expression.Weekday, anchor, ceiling) is { } inferred
            ? new ResolvedDate(inferred, DatePrecision.Day, DateSource.Inferred)
            : null;
    }

    /// <summary>
    /// The year for a day + month: among the years around the anchor (or the ceiling) whose date has the
    /// written weekday, if any, the date nearest the anchor, or without an anchor the latest not after the ceiling.
    /// </summary>
    private static DateOnly? InferYear(CalendarKind calendar, int month, int day, DayOfWeek? weekday, DateOnly? anchor, DateOnly ceiling)
    {
        var around = CalendarMath.YearOf(calendar, anchor ?? ceiling);
        var search = weekday is null ? PlainYearSearch : WeekdayYearSearch;
        DateOnly? best = null;
        for (var year = around - search; year <= around + search; year++)
        {
            if (ToGregorian(calendar, year, month, day) is not { } candidate
                || (weekday is { } wanted && candidate.DayOfWeek != wanted))
            {
                continue;
            }

            var better = anchor is { } a
                ? best is not { } b || Distance(candidate, a) < Distance(b, a)
                : candidate <= ceiling && (best is null || candidate > best);
            if (better)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static ResolvedDate? ResolveRelative(DateExpression expression, DateOnly? anchor)
    {
        if (anchor is not { } a)
        {
            return null;
        }

        var day = a.AddDays(expression.OffsetDays ?? 0);
        if (expression.Weekday is { } weekday)
        {
            // "today, Sunday": the weekday wins over a publication date a day off (time zones, late edits).
            day = Nearest(day, weekday);
        }

        return new ResolvedDate(day, DatePrecision.Day, DateSource.Relative);
    }

    private static ResolvedDate? ResolveWeekday(DateExpression expression, DateOnly? anchor, ResolveDirection direction)
    {
        if (anchor is not { } a || expression.Weekday is not { } weekday)
        {
            return null;
        }

        var day = direction switch
        {
            ResolveDirection.Past => a.AddDays(-DaysFrom(weekday, a.DayOfWeek)),
            ResolveDirection.Future => a.AddDays(DaysFrom(a.DayOfWeek, weekday)),
            _ => Nearest(a, weekday),
        };
        return new ResolvedDate(day, DatePrecision.Day, DateSource.Relative);
    }

    /// <summary>The day with <paramref name="weekday"/> within three days of <paramref name="day"/>.</summary>
    private static DateOnly Nearest(DateOnly day, DayOfWeek weekday)
    {
        var forward = DaysFrom(day.DayOfWeek, weekday);
        return day.AddDays(forward <= 3 ? forward : forward - 7);
    }

    /// <summary>Days to go forward from one weekday to the next <paramref name="to"/> (0 to 6).</summary>
    private static int DaysFrom(DayOfWeek from, DayOfWeek to) => ((int)to - (int)from + 7) % 7;

    private static int Distance(DateOnly x, DateOnly y) => Math.Abs(x.DayNumber - y.DayNumber);
}
