using System.Globalization;

namespace Graph.Dates;

/// <summary>Calendar conversions and the year ranges that make a bare four-digit number a year.</summary>
internal static class CalendarMath
{
    // Years news text writes: Solar Hijri 1300-1499 (1921-2121), Gregorian 1900-2100. The ranges do not
    // overlap, so a numeric date's year alone tells its calendar.
    private const int FirstSolarHijriYear = 1300;
    private const int LastSolarHijriYear = 1499;
    private const int FirstGregorianYear = 1900;
    private const int LastGregorianYear = 2100;

    private static readonly PersianCalendar Persian = new();

    // Any five consecutive Solar Hijri years include a leap year, so this is each month's longest length.
    private static readonly int[] SolarHijriMaxDays =
        [.. Enumerable.Range(1, 12).Select(month => Enumerable.Range(1400, 5).Max(year => Persian.GetDaysInMonth(year, month)))];

    public static DateOnly? ToGregorian(CalendarKind calendar, int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        switch (calendar)
        {
            case CalendarKind.Gregorian:
                return year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month)
                    ? new DateOnly(year, month, day)
                    : null;
            case CalendarKind.SolarHijri:
                return SolarHijri.ToGregorian(year, month, day);
            default:
                return null;
        }
    }

    /// <summary>The year, in <paramref name="calendar"/>, of a Gregorian day.</summary>
    public static int YearOf(CalendarKind calendar, DateOnly date) =>
        calendar == CalendarKind.SolarHijri ? SolarHijri.YearOf(date) : date.Year;

    /// <summary>The most days the month has in any year (29 February and 30 Esfand are possible days).</summary>
    public static int MaxDaysInMonth(CalendarKind calendar, int month) => calendar switch
    {
        CalendarKind.SolarHijri => SolarHijriMaxDays[month - 1],
        _ => DateTime.DaysInMonth(2000, month), // a leap year
    };

    public static bool IsYearOf(CalendarKind calendar, int year) => calendar switch
    {
        CalendarKind.SolarHijri => year is >= FirstSolarHijriYear and <= LastSolarHijriYear,
        _ => year is >= FirstGregorianYear and <= LastGregorianYear,
    };

    /// <summary>The calendar a bare year belongs to, or null when it is no plausible year.</summary>
    public static CalendarKind? CalendarOfYear(int year) =>
        IsYearOf(CalendarKind.Gregorian, year) ? CalendarKind.Gregorian
        : IsYearOf(CalendarKind.SolarHijri, year) ? CalendarKind.SolarHijri
        : null;
}
