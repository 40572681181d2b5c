using Graph.Articles;

namespace Graph.Tests.Articles;

public class PageCleanerTests
{
    private static readonly PageCleaner Cleaner = new(SourceRulesBuilder.Mapping());

    private static string Lines(params string[] lines) => string.Join('\n', lines);

    [Fact]
    public void Clean_PersianPageWithMenuAboveAndRelatedNewsBelow_KeepsOnlyTheStory()
    {
        var page = Lines(
            "صفحه اصلی",
            "اخبار مرتبط",
            "سیاسی",
            "لاوروف و ظریف در مسکو درباره برجام گفتگو کردند.",
            "دو وزیر همچنین درباره سوریه رایزنی کردند.",
            "انتهای پیام/",
            "ترامپ از توافق هسته ای خارج شد و تحریم ها را بازگرداند.",
            "پوتین در سوچی با اردوغان دیدار کرد.");

        var cleaned = Cleaner.Clean(page);

        Assert.Equal(
            Lines("صفحه اصلی", "سیاسی", "لاوروف و ظریف در مسکو درباره برجام گفتگو کردند.", "دو وزیر همچنین درباره سوریه رایزنی کردند."),
            cleaned.Body);
    }

    [Fact]
    public void Clean_EnglishRecentPostsAfterStory_CutsThere()
    {
        var page = Lines(
            "Sergei Lavrov and Mike Pompeo met in Sochi on 14 May 2019.",
            "They discussed arms control and Syria.",
            "  • Recent Posts",
            "Putin and Trump met in Helsinki in July 2018.");

        Assert.Equal(
            Lines("Sergei Lavrov and Mike Pompeo met in Sochi on 14 May 2019.", "They discussed arms control and Syria."),
            Cleaner.Clean(page).Body);
    }

    [Fact]
    public void Clean_StorySentenceStartingWithMarkerWord_DoesNotEndTheStory()
    {
        var page = Lines(
            "Sergei Lavrov and Mike Pompeo met in Sochi on 14 May 2019.",
            "Related talks between their deputies took place in Geneva.",
            "Related:",
            "Putin and Trump met in Helsinki in July 2018.");

        Assert.Equal(
            Lines("Sergei Lavrov and Mike Pompeo met in Sochi on 14 May 2019.", "Related talks between their deputies took place in Geneva."),
            Cleaner.Clean(page).Body);
    }

    [Fact]
    public void Clean_ArabicRepeatedBlockAndSourceLine_KeepsOneCopy()
    {
        var story = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو.";
        var page = Lines(story, "وبحث الجانبان الاتفاق النووي.", story, "المصدر : وكالة أنباء", "اقرأ أيضا");

        Assert.Equal(Lines(story, "وبحث الجانبان الاتفاق النووي."), Cleaner.Clean(page).Body);
    }

    [Fact]
    public void Clean_RepeatedLineDifferingOnlyInLetterForms_CountsAsRepeat()
    {
        var page = Lines(
            "وزیر دفاع روسیه با همتای آمریکایی خود تماس تلفنی گرفت.",
            "وزير دفاع روسيه با همتاي آمريكايي خود تماس تلفني گرفت.");

        Assert.Equal("وزیر دفاع روسیه با همتای آمریکایی خود تماس تلفنی گرفت.", Cleaner.Clean(page).Body);
    }

    [Fact]
    public void Clean_RussianReadAlso_CutsAndDropsShareLines()
    {
        var page = Lines(
            "Сергей Лавров провёл телефонный разговор с Майком Помпео.",
            "Поделиться",
            "Share",
            "Стороны обсудили стратегическую стабильность.",
            "Читайте также: Путин и Байден встретились в Женеве",
            "Байден и Путин провели переговоры на вилле Ла Гранж.");

        Assert.Equal(
            Lines("Сергей Лавров провёл телефонный разговор с Майком Помпео.", "Поделиться", "Стороны обсудили стратегическую стабильность."),
            Cleaner.Clean(page).Body);
    }

    [Fact]
    public void Clean_DropLinePatterns_MatchOriginalAndNormalisedLines()
    {
        var page = Lines("اشتراک\u200Cگذاری", "  PRINT  ", "چاپ", "وزیر امور خارجه روسیه امروز به تهران سفر کرد و با همتای خود دیدار کرد.");

        Assert.Equal("وزیر امور خارجه روسیه امروز به تهران سفر کرد و با همتای خود دیدار کرد.", Cleaner.Clean(page).Body);
    }

    [Fact]
    public void Clean_LabelledAndUnlabelledDateLines_AreClassifiedInPageOrder()
    {
        var page = Lines(
            "۱۹ آذر ۱۴۰۴",
            "به روز شده در: ۱۹ آذر ۱۴۰۴ - ۲۱:۳۵",
            "تاریخ انتشار: ۱۵:۴۹ - ۱۸-۰۲-۱۳۹۹",
            "لاوروف و پامپئو در تماس تلفنی درباره کرونا گفتگو کردند.",
            "این گفتگو در سال ۲۰۲۰ و در روزهای همه گیری انجام شد و دو طرف بر همکاری تاکید کردند.",
            "انتهای پیام",
            "Last updated: 8 May 2020",
            "• 2020-05-07");

        var cleaned = Cleaner.Clean(page);

        Assert.Equal(
            [
                new DateLine("۱۹ آذر ۱۴۰۴", DateLineKind.Standalone, 0),
                new DateLine("به روز شده در: ۱۹ آذر ۱۴۰۴ - ۲۱:۳۵", DateLineKind.Ignored, 1),
                new DateLine("تاریخ انتشار: ۱۵:۴۹ - ۱۸-۰۲-۱۳۹۹", DateLineKind.Publication, 2),
                new DateLine("Last updated: 8 May 2020", DateLineKind.Ignored, 6),
                new DateLine("• 2020-05-07", DateLineKind.Standalone, 7),
            ],
            cleaned.DateLines);
        Assert.Equal(
            Lines("لاوروف و پامپئو در تماس تلفنی درباره کرونا گفتگو کردند.", "این گفتگو در سال ۲۰۲۰ و در روزهای همه گیری انجام شد و دو طرف بر همکاری تاکید کردند."),
            cleaned.Body);
    }

    [Theory]
    [InlineData("Published: 2020-05-07T15:49:00Z", DateLineKind.Publication)]
    [InlineData("تاريخ النشر: 2020-08-22", DateLineKind.Publication)]
    [InlineData("آخر تحديث: 2020-08-23", DateLineKind.Ignored)]
    [InlineData("Опубликовано 7 мая 2020", DateLineKind.Publication)]
    [InlineData("Обновлено 8 мая 2020", DateLineKind.Ignored)]
    [InlineData("بینالملل 13:49 - 14 خرداد 1399", DateLineKind.Standalone)]
    public void Clean_DateLineInEachLanguage_GetsItsKind(string line, DateLineKind expected)
    {
        var cleaned = Cleaner.Clean(line);

        Assert.Equal(expected, Assert.Single(cleaned.DateLines).Kind);
        Assert.Equal("", cleaned.Body);
    }

    [Fact]
    public void Clean_PublishedLineFromHtml_IsPublicationWithoutAnyLabels()
    {
        var cleaner = new PageCleaner(new(new("generic", [], [], [], [], [], Graph.Mappings.SourceMark.None), []));

        var cleaned = cleaner.Clean(HtmlToText.Convert("<meta property=\"article:published_time\" content=\"2020-06-03\"><p>Shoigu invited Esper to the parade.</p>"));

        Assert.Equal(new DateLine("Published: 2020-06-03", DateLineKind.Publication, 0), Assert.Single(cleaned.DateLines));
        Assert.Equal("Shoigu invited Esper to the parade.", cleaned.Body);
    }

    [Theory]
    [InlineData("Published by the ministry")]
    [InlineData("Lavrov said the two ministers would meet again in 2021 to discuss it.")]
    [InlineData("انتشارات دانشگاه تهران در سال 1399 کتابی درباره روابط ایران و روسیه منتشر کرد.")]
    public void Clean_LineWithoutDateOrWithLabelAsPartOfWord_IsNotADateLine(string line)
    {
        Assert.Empty(Cleaner.Clean(line).DateLines);
    }

    [Fact]
    public void Clean_SiteRules_ApplyOnlyToPagesThatCarryTheirDetectString()
    {
        var cleaner = new PageCleaner(SourceRulesBuilder.Mapping(SourceRulesBuilder.Site("example", "example news agency", "More from us")));
        var story = "Lavrov and Blinken met in Stockholm on 2 December 2021.";
        var tail = "Lavrov later flew back to Moscow.";

        var recognised = cleaner.Clean(Lines("Example News Agency", story, "More from us", tail));
        var other = cleaner.Clean(Lines("Another Agency", story, "More from us", tail));

        Assert.DoesNotContain(tail, recognised.Body, StringComparison.Ordinal);
        Assert.Contains(tail, other.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CrLfLines_AreTrimmed()
    {
        var cleaned = Cleaner.Clean("Shoigu met Hatami in Moscow on 23 August 2020.\r\nTags: Russia, Iran\r\n");

        Assert.Equal("Shoigu met Hatami in Moscow on 23 August 2020.", cleaned.Body);
    }
}
