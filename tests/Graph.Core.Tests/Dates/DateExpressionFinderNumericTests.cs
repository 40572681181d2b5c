using Graph.Dates;
using static Graph.Tests.Dates.DateTestKit;

namespace Graph.Tests.Dates;

public sealed class DateExpressionFinderNumericTests
{
    [Theory]
    [InlineData("2020-06-24")]
    [InlineData("2020/06/24")]
    [InlineData("24-06-2020")]
    [InlineData("24/06/2020")]
    [InlineData("24.06.2020")]
    [InlineData("2020-6-24")]
    public void Find_NumericGregorian_ReturnsDate(string date)
    {
        var (expression, covered) = Single($"Published {date} by the agency.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2020, 6, 24);
        Assert.Equal(date, covered);
    }

    [Theory]
    [InlineData("The call started at 15:49 and ended at 16:20.")]
    [InlineData("Article id 20200624 was updated.")]
    [InlineData("Call +7 495 244-16-06 for details.")]
    [InlineData("Version 1.2.2020.5 of the file.")]
    [InlineData("Ticket 12-24-06-2020 was closed.")]
    [InlineData("Order A24-06-2020 shipped.")]
    [InlineData("The rate rose by 3.5 percent.")]
    public void Find_TimesIdsAndPhoneNumbers_ReturnsNothing(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("30/13/2020")]
    [InlineData("31.04.2020")]
    [InlineData("1400/12/30")]
    [InlineData("2500-01-01")]
    [InlineData("24-06/2020")]
    public void Find_ImpossibleNumericDate_ReturnsNothing(string date)
    {
        Assert.Empty(Find($"Dated {date} in the archive."));
    }

    [Fact]
    public void Find_TimeBeforeDate_ReturnsOnlyTheDate()
    {
        var (expression, covered) = Single("به‌روزرسانی ۰۹:۱۵ - ۲۳ تیر ۱۳۹۴");

        AssertAbsolute(expression, CalendarKind.SolarHijri, 1394, 4, 23);
        Assert.Equal("23 تیر 1394", covered);
    }
}
