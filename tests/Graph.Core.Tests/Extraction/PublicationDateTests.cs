using Graph.Tests.Support;

namespace Graph.Tests.Extraction;

/// <summary>Where the extractor finds the day a page was published, in the ways pages write it.</summary>
public sealed class PublicationDateTests
{
    [Theory]
    // A labelled line wins over a page-viewed header and an "updated" line.
    [InlineData("۳۰ آبان ۱۴۰۵\nبه روز شده در: ۳۰ آبان ۱۴۰۵\nتاریخ انتشار: ۱۸-۰۲-۱۳۹۹\nسرگئی لاوروف و مایک پمپئو امروز تلفنی گفتگو کردند.", "2020-05-07")]
    // A label in the middle of a metadata line.
    [InlineData("کد خبر: ۱۲۳۴۵ | تاریخ انتشار: ۱۳۹۸/۱۰/۰۹ - ۱۱:۲۰ | سرویس سیاسی و بین الملل\nمحمدجواد ظریف امروز در مسکو با سرگئی لاوروف دیدار کرد.", "2019-12-30")]
    // A byline date standing alone on a line.
    [InlineData("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى موسكو في زيارة رسمية.\n• 2021-01-26\n", "2021-01-26")]
    // A Russian dateline with a time.
    [InlineData("12 апреля 2017, 18:20\nСергей Лавров провел переговоры с Рексом Тиллерсоном в Москве.", "2017-04-12")]
    // No date line: "today, Tuesday 28 Tir" with the year inferred from the weekday.
    [InlineData("ولادیمیر پوتین امروز سه شنبه ۲۸ تیر ماه برای دیدار با ابراهیم رئیسی وارد تهران شد.", "2022-07-19")]
    public void Extract_PageDateLines_FindThePublicationDay(string page, string expected)
    {
        var extraction = TestExtractor.ExtractText(page);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), extraction.Article.Published);
    }

    [Fact]
    public void Extract_NoDateAnywhere_PublishedIsNullWithAWarning()
    {
        var extraction = TestExtractor.ExtractText("Sergei Lavrov met Mohammad Javad Zarif in Moscow to discuss the nuclear deal.");

        Assert.Null(extraction.Article.Published);
        Assert.Contains(extraction.Warnings, w => w.Contains("publication date", StringComparison.Ordinal));
    }
}
