using Graph.Dates;
using static Graph.Tests.Dates.DateTestKit;

namespace Graph.Tests.Dates;

public sealed class DateExpressionFinderRussianTests
{
    [Fact]
    public void Find_GenitiveMonthWithYearWord_CoversYearWord()
    {
        var (expression, covered) = Single("Путин и Раиси встретились в Москве 19 января 2022 года.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2022, 1, 19);
        Assert.Equal("19 января 2022 года", covered);
    }

    [Fact]
    public void Find_PrepositionalMonthAndYear_ReturnsMonthAndYear()
    {
        var (expression, covered) = Single("Иран и шестёрка посредников завершили переговоры по СВПД в июле 2015 года.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2015, 7, null);
        Assert.Equal("июле 2015 года", covered);
    }

    [Theory]
    [InlineData("24 июня 2020 г.", 2020, 6, 24)]
    [InlineData("24 июня 2020г.", 2020, 6, 24)]
    [InlineData("1 мая", null, 5, 1)]
    [InlineData("31 декабря", null, 12, 31)]
    public void Find_DayAndMonth_ReturnsDate(string date, int? year, int month, int day)
    {
        var (expression, _) = Single($"Заявление было сделано {date} в Кремле.");

        AssertAbsolute(expression, CalendarKind.Gregorian, year, month, day);
    }

    [Fact]
    public void Find_WeekdayCommaDate_ReturnsAbsoluteWithWeekday()
    {
        var (expression, covered) = Single("Путин прилетел в Тегеран во вторник, 19 июля.");

        AssertAbsolute(expression, CalendarKind.Gregorian, null, 7, 19);
        Assert.Equal(DayOfWeek.Tuesday, expression.Weekday);
        Assert.Equal("вторник, 19 июля", covered);
    }

    [Theory]
    [InlineData("в пятницу", DayOfWeek.Friday)]
    [InlineData("в среду", DayOfWeek.Wednesday)]
    [InlineData("в субботу вечером", DayOfWeek.Saturday)]
    [InlineData("в воскресенье", DayOfWeek.Sunday)]
    [InlineData("во вторник", DayOfWeek.Tuesday)]
    public void Find_WeekdayAfterPreposition_ReturnsWeekday(string words, DayOfWeek weekday)
    {
        var (expression, _) = Single($"Министры провели переговоры {words}.");

        Assert.Equal(DateExpressionKind.Weekday, expression.Kind);
        Assert.Equal(weekday, expression.Weekday);
    }

    [Theory]
    [InlineData("сегодня", 0)]
    [InlineData("вчера", -1)]
    [InlineData("вчера вечером", -1)]
    [InlineData("позавчера", -2)]
    [InlineData("прошлой ночью", -1)]
    [InlineData("завтра", 1)]
    public void Find_RelativeDay_ReturnsOffset(string words, int offset)
    {
        var (expression, covered) = Single($"Лавров {words} провел телефонный разговор.");

        Assert.Equal(DateExpressionKind.Relative, expression.Kind);
        Assert.Equal(offset, expression.OffsetDays);
        Assert.Equal(words, covered);
    }

    [Fact]
    public void Find_MonthWithoutDayOrYear_ReturnsNothing()
    {
        Assert.Empty(Find("В марте прошли переговоры, в мае их продолжили."));
    }
}
