namespace Graph.Dates;

/// <summary>
/// A date expression found in normalised text, not yet resolved. <see cref="OffsetDays"/> is set for
/// relative expressions (0 today, -1 yesterday). <see cref="Weekday"/> is set when a weekday is written.
/// </summary>
public sealed record DateExpression(
    int Start,
    int Length,
    DateExpressionKind Kind,
    CalendarKind Calendar,
    int? Year,
    int? Month,
    int? Day,
    DayOfWeek? Weekday,
    int? OffsetDays);
