using System.Globalization;

namespace Graph.Dates;

/// <summary>
/// Solar Hijri dates by arithmetic over a table of new-year days (1 Farvardin), filled from .NET's
/// <see cref="PersianCalendar"/> once per year on first use: its astronomical calculation is slow, and
/// year inference asks for dozens of conversions per date. Years outside the table fall back to it.
/// </summary>
internal static class SolarHijri
{
    private const int FirstYear = 1250;
    private const int LastYear = 1550;
    private const int FirstHalfMonthDays = 31;
    private const int SecondHalfMonthDays = 30;

    private static readonly PersianCalendar Persian = new();
    private static readonly Lazy<int[]> NewYearDays = new(() =>
        [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 2)
            .Select(year => DateOnly.FromDateTime(Persian.ToDateTime(year, 1, 1, 0, 0, 0, 0)).DayNumber)]);

    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        if (year is < FirstYear or > LastYear)
        {
            var maxYear = Persian.GetYear(Persian.MaxSupportedDateTime);
            return year >= 1 && year < maxYear && day <= Persian.GetDaysInMonth(year, month)
                ? DateOnly.FromDateTime(Persian.ToDateTime(year, month, day, 0, 0, 0, 0))
                : null;
        }
        var table = NewYearDays.Value;
        var start = table[year - FirstYear];
        var yearLength = table[year - FirstYear + 1] - start;
        var monthLength = month <= 6 ? FirstHalfMonthDays : month <= 11 ? SecondHalfMonthDays : yearLength - 336;
        if (day > monthLength)
        {
            return null;
        }
        var dayOfYear = month <= 6 ? (month - 1) * FirstHalfMonthDays : 186 + (month - 7) * SecondHalfMonthDays;
        return DateOnly.FromDayNumber(start + dayOfYear + day - 1);
    }

    public static int YearOf(DateOnly date)
    {
        var table = NewYearDays.Value;
        if (date.DayNumber < table[0] || date.DayNumber >= table[^1])
        {
            return Persian.GetYear(date.ToDateTime(TimeOnly.MinValue));
        }
        var index = Array.BinarySearch(table, date.DayNumber);
        return FirstYear + (index >= 0 ? index : ~index - 1);
    }
}
