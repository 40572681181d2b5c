using Graph.Dates;
using static Graph.Tests.Dates.DateTestKit;

namespace Graph.Tests.Dates;

public sealed class DateExpressionFinderPersianTests
{
    [Fact]
    public void Find_DaySolarMonthYear_ReturnsSolarHijriDate()
    {
        var (expression, covered) = Single("نشست ژنو میان بایدن و پوتین روز ۲۶ خرداد ۱۴۰۰ برگزار شد.");

        AssertAbsolute(expression, CalendarKind.SolarHijri, 1400, 3, 26);
        Assert.Equal("روز 26 خرداد 1400", covered);
    }

    [Fact]
    public void Find_DayGregorianMonthInPersian_ReturnsGregorianWithoutYear()
    {
        var (expression, covered) = Single("بایدن و پوتین ۱۶ ژوئن در ژنو دیدار کردند.");

        AssertAbsolute(expression, CalendarKind.Gregorian, null, 6, 16);
        Assert.Equal(Normalize("16 ژوئن"), covered);
    }

    [Fact]
    public void Find_WeekdayDayMonthAndFiller_ReturnsOneAbsoluteWithWeekday()
    {
        var (expression, covered) = Single("پوتین سه‌شنبه ۲۸ تیر ماه برای نشست آستانه به تهران سفر کرد.");

        AssertAbsolute(expression, CalendarKind.SolarHijri, null, 4, 28);
        Assert.Equal(DayOfWeek.Tuesday, expression.Weekday);
        Assert.Equal("سهشنبه 28 تیر ماه", covered);
    }

    [Fact]
    public void Find_TodayWeekdayDayMonth_ReturnsOneAbsoluteMarkedAsToday()
    {
        var (expression, covered) = Single("پوتین امروز سه شنبه ۲۸ تیر ماه وارد تهران شد.");

        AssertAbsolute(expression, CalendarKind.SolarHijri, null, 4, 28);
        Assert.Equal(DayOfWeek.Tuesday, expression.Weekday);
        Assert.Equal(0, expression.OffsetDays);
        Assert.Equal("امروز سه شنبه 28 تیر ماه", covered);
    }

    [Fact]
    public void Find_GregorianMonthYearWithFillerAndEra_ReturnsMonthAndYear()
    {
        var (expression, covered) = Single("برجام در ژوئیه سال ۲۰۱۵ میلادی در وین نهایی شد.");

        AssertAbsolute(expression, CalendarKind.Gregorian, 2015, 7, null);
        Assert.Equal(Normalize("ژوئیه سال 2015 میلادی"), covered);
    }

    [Fact]
    public void Find_TwoCalendarsSideBySide_ReturnsBoth()
    {
        var found = Find("روسیه ۲۴ فوریه (۵ اسفند ۱۴۰۰) به اوکراین حمله کرد.");

        Assert.Equal(2, found.Count);
        AssertAbsolute(found[0], CalendarKind.Gregorian, null, 2, 24);
        AssertAbsolute(found[1], CalendarKind.SolarHijri, 1400, 12, 5);
    }

    [Theory]
    [InlineData("۱۸-۰۲-۱۳۹۹")]
    [InlineData("۱۳۹۹/۰۲/۱۸")]
    [InlineData("1399/2/18 شمسی")]
    public void Find_NumericSolarHijriDate_ReturnsSolarHijri(string date)
    {
        var (expression, _) = Single($"این خبر در تاریخ {date} منتشر شد.");

        AssertAbsolute(expression, CalendarKind.SolarHijri, 1399, 2, 18);
    }

    [Theory]
    [InlineData("سه شنبه", DayOfWeek.Tuesday)]
    [InlineData("سه‌شنبه", DayOfWeek.Tuesday)]
    [InlineData("سهشنبه", DayOfWeek.Tuesday)]
    [InlineData("چهار شنبه", DayOfWeek.Wednesday)]
    [InlineData("چهارشنبه", DayOfWeek.Wednesday)]
    [InlineData("پنج شنبه", DayOfWeek.Thursday)]
    [InlineData("یک شنبه", DayOfWeek.Sunday)]
    [InlineData("یکشنبه", DayOfWeek.Sunday)]
    [InlineData("شنبه", DayOfWeek.Saturday)]
    public void Find_WeekdaySpacedOrJoined_ReturnsWeekday(string weekday, DayOfWeek expected)
    {
        var (expression, _) = Single($"وزیران {weekday} دیدار کردند.");

        Assert.Equal(DateExpressionKind.Weekday, expression.Kind);
        Assert.Equal(expected, expression.Weekday);
    }

    [Fact]
    public void Find_WeekdayWithNightFiller_CoversBoth()
    {
        var (expression, covered) = Single("دو وزیر جمعه شب تلفنی گفتگو کردند.");

        Assert.Equal(DateExpressionKind.Weekday, expression.Kind);
        Assert.Equal(DayOfWeek.Friday, expression.Weekday);
        Assert.Equal("جمعه شب", covered);
    }

    [Theory]
    [InlineData("امروز", 0)]
    [InlineData("امشب", 0)]
    [InlineData("دیروز", -1)]
    [InlineData("روز گذشته", -1)]
    [InlineData("دیشب", -1)]
    [InlineData("شب گذشته", -1)]
    [InlineData("پریروز", -2)]
    [InlineData("فردا", 1)]
    [InlineData("صبح دیروز", -1)]
    public void Find_RelativeDay_ReturnsOffset(string words, int offset)
    {
        var (expression, covered) = Single($"سخنگو {words} به خبرنگاران گفت.");

        Assert.Equal(DateExpressionKind.Relative, expression.Kind);
        Assert.Equal(offset, expression.OffsetDays);
        Assert.Equal(DateTestKit.Normalize(words), covered);
    }

    [Theory]
    [InlineData("مه غلیظ صبح امروز فرودگاه را بست.", "امروز")]
    [InlineData("این نامه مهر وزارت خارجه را داشت.", null)]
    [InlineData("تیر اول به هدف خورد.", null)]
    [InlineData("دی ماه امسال سرد بود.", null)]
    public void Find_MonthNameThatIsACommonWord_NotADateAlone(string sentence, string? onlyMatch)
    {
        var found = Find(sentence).Where(e => e.Kind == DateExpressionKind.Absolute);

        Assert.Empty(found);
        if (onlyMatch is not null)
        {
            Assert.Contains(Find(sentence), e => e.Kind == DateExpressionKind.Relative);
        }
    }

    [Fact]
    public void Find_PersianAzarAndArabicAdhar_KeepsThemApart()
    {
        var found = Find("۱۰ آذر ۱۴۰۱ و ۱۰ آذار ۲۰۲۲");

        Assert.Equal(2, found.Count);
        AssertAbsolute(found[0], CalendarKind.SolarHijri, 1401, 9, 10);
        AssertAbsolute(found[1], CalendarKind.Gregorian, 2022, 3, 10);
    }

    [Fact]
    public void Find_SolarMonthWithGregorianYear_KeepsDayAndMonthOnly()
    {
        var (expression, _) = Single("۲۸ تیر 2022");

        AssertAbsolute(expression, CalendarKind.SolarHijri, null, 4, 28);
    }

    [Theory]
    [InlineData("۳۱ مهر ۱۴۰۱")]
    [InlineData("۳۰ اسفند ۱۴۰۰")]
    [InlineData("۳۲ خرداد")]
    [InlineData("1400/13/01")]
    public void Find_ImpossibleSolarHijriDate_ReturnsNothing(string date)
    {
        Assert.DoesNotContain(Find($"تاریخ {date} است."), e => e.Kind == DateExpressionKind.Absolute);
    }
}
