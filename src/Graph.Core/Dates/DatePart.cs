namespace Graph.Dates;

/// <summary>The absolute part of a date expression: a month with a day, a year or both.</summary>
internal readonly record struct DatePart(CalendarKind Calendar, int? Year, int Month, int? Day);
