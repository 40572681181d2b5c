namespace Graph.Dates;

/// <summary>The calendar a written date is in.</summary>
public enum CalendarKind
{
    Gregorian,
    SolarHijri,
}
