using Graph.Dates;
using static Graph.Tests.Dates.DateTestKit;

namespace Graph.Tests.Dates;

public sealed class DateExpressionFinderArabicTests
{
    [Fact]
    public void Find_DayPrefixWeekdayDayMonthYear_ReturnsOneAbsolute()
    {
        var (expression, covered) = Single("التقى لافروف وروبيو في الرياض يوم الثلاثاء 18 فبراير 2025.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2025, 2, 18);
        Assert.Equal(DayOfWeek.Tuesday, expression.Weekday);
        Assert.Equal(DateTestKit.Normalize("يوم الثلاثاء 18 فبراير 2025"), covered);
    }

    [Fact]
    public void Find_TwoNamesOfOneMonth_ReturnsOneDate()
    {
        var (expression, covered) = Single("عقدت قمة ألاسكا بين ترامب وبوتين في 15 آب/أغسطس 2025.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2025, 8, 15);
        Assert.Equal("15 اب/اغسطس 2025", covered);
    }

    [Theory]
    [InlineData("23 أغسطس", 8, 23)]
    [InlineData("4 فبراير", 2, 4)]
    [InlineData("3 كانون الثاني", 1, 3)]
    [InlineData("12 تشرين الأول", 10, 12)]
    [InlineData("1 كانون الأول", 12, 1)]
    [InlineData("19 تموز", 7, 19)]
    [InlineData("5 أيار", 5, 5)]
    public void Find_DayAndEitherMonthFamily_ReturnsGregorian(string date, int month, int day)
    {
        var (expression, _) = Single($"أعلنت الوزارة في {date} عن الزيارة.");

        AssertAbsolute(expression, CalendarKind.Gregorian, null, month, day);
    }

    [Fact]
    public void Find_YearWithAttachedEraLetter_ReadsYear()
    {
        var (expression, covered) = Single("اغتيل سليماني في بغداد في 3 يناير 2020م.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2020, 1, 3);
        Assert.Equal("3 ینایر 2020م", covered);
    }

    [Fact]
    public void Find_AdharIsMarchNotAzar_ReturnsGregorianMarch()
    {
        var (expression, _) = Single("في 10 آذار 2022 التقى لافروف وكوليبا في أنطاليا.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2022, 3, 10);
    }

    [Fact]
    public void Find_TodayAndWeekday_ReturnsRelativeWithWeekday()
    {
        var (expression, covered) = Single("قال المتحدث اليوم الأحد إن الاتصال تم.");

        Assert.Equal(DateExpressionKind.Relative, expression.Kind);
        Assert.Equal(0, expression.OffsetDays);
        Assert.Equal(DayOfWeek.Sunday, expression.Weekday);
        Assert.Equal("الیوم الاحد", covered);
    }

    [Theory]
    [InlineData("أمس", -1)]
    [InlineData("مساء أمس", -1)]
    [InlineData("أول أمس", -2)]
    [InlineData("أول من أمس", -2)]
    [InlineData("الليلة الماضية", -1)]
    [InlineData("غداً", 1)]
    public void Find_RelativeDay_ReturnsOffset(string words, int offset)
    {
        var (expression, covered) = Single($"اتصل الوزير {words} بنظيره.");

        Assert.Equal(DateExpressionKind.Relative, expression.Kind);
        Assert.Equal(offset, expression.OffsetDays);
        Assert.Equal(DateTestKit.Normalize(words), covered);
    }

    [Theory]
    [InlineData("يوم الجمعة", DayOfWeek.Friday)]
    [InlineData("الخميس", DayOfWeek.Thursday)]
    [InlineData("مساء السبت", DayOfWeek.Saturday)]
    [InlineData("يوم الإثنين", DayOfWeek.Monday)]
    [InlineData("يوم الأربعاء", DayOfWeek.Wednesday)]
    public void Find_WeekdayWithPrefix_ReturnsWeekday(string words, DayOfWeek weekday)
    {
        var (expression, covered) = Single($"التقى الوزيران {words} في موسكو.");

        Assert.Equal(DateExpressionKind.Weekday, expression.Kind);
        Assert.Equal(weekday, expression.Weekday);
        Assert.Equal(DateTestKit.Normalize(words), covered);
    }

    [Fact]
    public void Find_AbAsFatherWithoutNumber_ReturnsNothing()
    {
        Assert.Empty(Find("كان أب الطفل حاضرا في المؤتمر."));
    }

    [Fact]
    public void Find_ImpossibleDay_ReturnsNothing()
    {
        Assert.Empty(Find("في 31 حزيران 2021 وفي 30 شباط."));
    }
}
