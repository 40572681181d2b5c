using Graph.Dates;
using static Graph.Tests.Dates.DateTestKit;

namespace Graph.Tests.Dates;

public sealed class DateExpressionFinderEnglishTests
{
    [Theory]
    [InlineData("June 16, 2021")]
    [InlineData("16 June 2021")]
    [InlineData("Jun. 16, 2021")]
    public void Find_DayMonthYearEitherOrder_ReturnsDate(string date)
    {
        var (expression, covered) = Single($"Biden and Putin met in Geneva on {date}, their only summit.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2021, 6, 16);
        Assert.Equal(DateTestKit.Normalize(date), covered);
    }

    [Fact]
    public void Find_WeekdayCommaMonthDay_ReturnsAbsoluteWithWeekday()
    {
        var (expression, covered) = Single("Raisi addressed the UN General Assembly on Tuesday, September 19.");

        AssertAbsolute(expression, CalendarKind.Gregorian, null, 9, 19);
        Assert.Equal(DayOfWeek.Tuesday, expression.Weekday);
        Assert.Equal("tuesday, september 19", covered);
    }

    [Theory]
    [InlineData("Sept. 19", 9, 19)]
    [InlineData("Jan 3", 1, 3)]
    [InlineData("3 Jan.", 1, 3)]
    [InlineData("May 9", 5, 9)]
    [InlineData("March 5", 3, 5)]
    public void Find_AbbreviatedOrAmbiguousMonthWithDay_ReturnsDate(string date, int month, int day)
    {
        var (expression, _) = Single($"The statement came on {date} in Moscow.");

        AssertAbsolute(expression, CalendarKind.Gregorian, null, month, day);
    }

    [Fact]
    public void Find_MonthYear_ReturnsMonthPrecisionParts()
    {
        var (expression, covered) = Single("The nuclear deal was concluded in Vienna in July 2015.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2015, 7, null);
        Assert.Equal("july 2015", covered);
    }

    [Theory]
    [InlineData("Russia may respond to the sanctions.")]
    [InlineData("Protesters march to the embassy every year.")]
    [InlineData("The talks lasted 2021 minutes in total.")]
    public void Find_CommonWordsAndBareNumbers_ReturnsNothing(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Fact]
    public void Find_TodayCommaWeekday_ReturnsRelativeWithWeekday()
    {
        var (expression, covered) = Single("The ministers spoke by phone today, Sunday, the ministry said.");

        Assert.Equal(DateExpressionKind.Relative, expression.Kind);
        Assert.Equal(0, expression.OffsetDays);
        Assert.Equal(DayOfWeek.Sunday, expression.Weekday);
        Assert.Equal("today, sunday", covered);
    }

    [Theory]
    [InlineData("yesterday", -1)]
    [InlineData("last night", -1)]
    [InlineData("the day before yesterday", -2)]
    [InlineData("tomorrow", 1)]
    [InlineData("tonight", 0)]
    [InlineData("this morning", 0)]
    [InlineData("yesterday evening", -1)]
    public void Find_RelativeDay_ReturnsOffset(string words, int offset)
    {
        var (expression, covered) = Single($"The two envoys met {words} in Muscat.");

        Assert.Equal(DateExpressionKind.Relative, expression.Kind);
        Assert.Equal(offset, expression.OffsetDays);
        Assert.Equal(words, covered);
    }

    [Fact]
    public void Find_OnSaturdayNight_ReturnsWeekdayWithFiller()
    {
        var (expression, covered) = Single("Trump announced the strikes on Iranian nuclear sites on Saturday night.");

        Assert.Equal(DateExpressionKind.Weekday, expression.Kind);
        Assert.Equal(DayOfWeek.Saturday, expression.Weekday);
        Assert.Equal("saturday night", covered);
    }

    [Fact]
    public void Find_DatesOnSeparateLines_DoNotJoin()
    {
        var found = Find("Published: Friday\n15 August 2025");

        Assert.Equal(2, found.Count);
        Assert.Equal(DateExpressionKind.Weekday, found[0].Kind);
        AssertAbsolute(found[1], CalendarKind.Gregorian, 2025, 8, 15);
    }

    [Theory]
    [InlineData("31 June 2020")]
    [InlineData("February 29, 2021")]
    [InlineData("32 May")]
    public void Find_ImpossibleDate_ReturnsNothing(string date)
    {
        Assert.Empty(Find($"The meeting on {date} never took place."));
    }
}
