using Graph.Dates;
using static Graph.Tests.Dates.DateTestKit;

namespace Graph.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Ceiling = new(2026, 11, 21);

    [Fact]
    public void Resolve_FullSolarHijriDate_ReturnsStatedDay()
    {
        var (expression, _) = Single("۱۴ خرداد ۱۳۹۹");

        var resolved = DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(new DateOnly(2020, 6, 3), DatePrecision.Day, DateSource.Stated), resolved);
    }

    [Fact]
    public void Resolve_PersianNumericDate_ReturnsGregorianDay()
    {
        var (expression, _) = Single("۱۸-۰۲-۱۳۹۹");

        var resolved = DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(new DateOnly(2020, 5, 7), DatePrecision.Day, DateSource.Stated), resolved);
    }

    [Theory]
    [InlineData("February 2021", 2021, 2, 1)]
    [InlineData("в феврале 2021 года", 2021, 2, 1)]
    [InlineData("خرداد ۱۳۹۹", 2020, 5, 21)]
    public void Resolve_MonthAndYear_ReturnsFirstOfMonthWithMonthPrecision(string text, int year, int month, int day)
    {
        var (expression, _) = Single(text);

        var resolved = DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(new DateOnly(year, month, day), DatePrecision.Month, DateSource.Stated), resolved);
    }

    [Fact]
    public void Resolve_WeekdayDayMonthWithoutAnchor_InfersLatestYearWithThatWeekday()
    {
        // Checked without PersianCalendar: 1 Farvardin 1401 was 21 March 2022, and 28 Tir is three
        // 31-day months and 27 days later (Putin arrived in Tehran that day, Tuesday 19 July 2022).
        var expected = new DateOnly(2022, 3, 21).AddDays((3 * 31) + 27);
        Assert.Equal(new DateOnly(2022, 7, 19), expected);
        Assert.Equal(DayOfWeek.Tuesday, expected.DayOfWeek);
        var (expression, _) = Single("سه شنبه ۲۸ تیر");

        var resolved = DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(expected, DatePrecision.Day, DateSource.Inferred), resolved);
    }

    [Fact]
    public void Resolve_WeekdayDayMonthWithAnchor_InfersYearNearestAnchor()
    {
        var (expression, _) = Single("во вторник, 19 июля");

        var resolved = DateResolver.Resolve(expression, new DateOnly(2022, 7, 20), Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(new DateOnly(2022, 7, 19), DatePrecision.Day, DateSource.Inferred), resolved);
    }

    [Theory]
    [InlineData("24 June", "2020-06-03", "2020-06-24")]
    [InlineData("18 February", "2022-05-14", "2022-02-18")]
    [InlineData("۳ دی", "2020-12-30", "2020-12-23")]
    [InlineData("30 December", "2021-01-02", "2020-12-30")]
    [InlineData("2 January", "2020-12-30", "2021-01-02")]
    public void Resolve_DayMonthWithAnchor_TakesYearNearestAnchor(string text, string anchor, string expected)
    {
        var (expression, _) = Single(text);

        var resolved = DateResolver.Resolve(expression, DateOnly.Parse(anchor), Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(DateOnly.Parse(expected), DatePrecision.Day, DateSource.Inferred), resolved);
    }

    [Theory]
    [InlineData("24 June", "2026-06-24")]
    [InlineData("24 December", "2025-12-24")]
    [InlineData("21 November", "2026-11-21")]
    public void Resolve_DayMonthWithoutAnchor_TakesLatestNotAfterCeiling(string text, string expected)
    {
        var (expression, _) = Single(text);

        var resolved = DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(DateOnly.Parse(expected), DatePrecision.Day, DateSource.Inferred), resolved);
    }

    [Fact]
    public void Resolve_FridayNightInSaturdayArticle_ReturnsPreviousDay()
    {
        var (expression, _) = Single("Friday night");

        var resolved = DateResolver.Resolve(expression, new DateOnly(2022, 5, 14), Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(new DateOnly(2022, 5, 13), DatePrecision.Day, DateSource.Relative), resolved);
    }

    [Theory]
    [InlineData(ResolveDirection.Past, "2022-05-13")]
    [InlineData(ResolveDirection.Future, "2022-05-20")]
    [InlineData(ResolveDirection.Nearest, "2022-05-13")]
    public void Resolve_WeekdayAlone_FollowsDirection(ResolveDirection direction, string expected)
    {
        var (expression, _) = Single("يوم الجمعة");

        var resolved = DateResolver.Resolve(expression, new DateOnly(2022, 5, 14), Ceiling, direction);

        Assert.Equal(DateOnly.Parse(expected), resolved?.Date);
    }

    [Theory]
    [InlineData(ResolveDirection.Past)]
    [InlineData(ResolveDirection.Future)]
    public void Resolve_WeekdayOfAnchorItself_ReturnsAnchor(ResolveDirection direction)
    {
        var (expression, _) = Single("в субботу");

        var resolved = DateResolver.Resolve(expression, new DateOnly(2022, 5, 14), Ceiling, direction);

        Assert.Equal(new DateOnly(2022, 5, 14), resolved?.Date);
    }

    [Fact]
    public void Resolve_TodaySundayAnchoredOnSaturday_ReturnsSunday()
    {
        var (expression, _) = Single("today, Sunday");

        var resolved = DateResolver.Resolve(expression, new DateOnly(2020, 8, 22), Ceiling, ResolveDirection.Nearest);

        Assert.Equal(new ResolvedDate(new DateOnly(2020, 8, 23), DatePrecision.Day, DateSource.Relative), resolved);
    }

    [Theory]
    [InlineData("دیروز", "2022-05-13")]
    [InlineData("أول أمس", "2022-05-12")]
    [InlineData("завтра", "2022-05-15")]
    [InlineData("today", "2022-05-14")]
    public void Resolve_RelativeDay_AddsOffsetToAnchor(string text, string expected)
    {
        var (expression, _) = Single(text);

        var resolved = DateResolver.Resolve(expression, new DateOnly(2022, 5, 14), Ceiling, ResolveDirection.Past);

        Assert.Equal(new ResolvedDate(DateOnly.Parse(expected), DatePrecision.Day, DateSource.Relative), resolved);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("on Friday")]
    public void Resolve_RelativeOrWeekdayWithoutAnchor_ReturnsNull(string text)
    {
        var (expression, _) = Single(text);

        Assert.Null(DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past));
    }

    [Fact]
    public void Resolve_YearAlone_ReturnsNull()
    {
        var expression = new DateExpression(0, 4, DateExpressionKind.Absolute, CalendarKind.Gregorian, 2020, null, null, null, null);

        Assert.Null(DateResolver.Resolve(expression, null, Ceiling, ResolveDirection.Past));
    }

    [Theory]
    [InlineData(CalendarKind.Gregorian, 2021, 2, 29)]
    [InlineData(CalendarKind.Gregorian, 2020, 13, 1)]
    [InlineData(CalendarKind.Gregorian, 2020, 4, 31)]
    [InlineData(CalendarKind.SolarHijri, 1400, 12, 30)]
    [InlineData(CalendarKind.SolarHijri, 1401, 7, 31)]
    [InlineData(CalendarKind.SolarHijri, 1401, 0, 1)]
    [InlineData(CalendarKind.SolarHijri, 1401, 1, 0)]
    public void ToGregorian_ImpossibleDate_ReturnsNull(CalendarKind calendar, int year, int month, int day)
    {
        Assert.Null(DateResolver.ToGregorian(calendar, year, month, day));
    }

    [Theory]
    [InlineData(CalendarKind.SolarHijri, 1399, 12, 30, "2021-03-20")]
    [InlineData(CalendarKind.SolarHijri, 1403, 1, 1, "2024-03-20")]
    [InlineData(CalendarKind.SolarHijri, 1398, 10, 13, "2020-01-03")]
    [InlineData(CalendarKind.Gregorian, 2024, 2, 29, "2024-02-29")]
    public void ToGregorian_RealDate_ReturnsDay(CalendarKind calendar, int year, int month, int day, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateResolver.ToGregorian(calendar, year, month, day));
    }
}
