using Graph.Text;

namespace Graph.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text, IReadOnlySet<string>? abbreviations = null)
    {
        var normalized = TextNormalizer.Normalize(text).Text;
        return [.. SentenceSplitter.Split(normalized, abbreviations).Select(span => normalized.Substring(span.Start, span.Length))];
    }

    private static string[] Normalized(params string[] sentences) => [.. sentences.Select(TextNormalizer.NormalizePhrase)];

    [Fact]
    public void Split_EnglishSentences_EndAtStopsAndExclamations()
    {
        Assert.Equal(
            ["lavrov and blinken met in geneva.", "they talked for 90 minutes!", "did they agree?"],
            Sentences("Lavrov and Blinken met in Geneva. They talked for 90 minutes! Did they agree?"));
    }

    [Fact]
    public void Split_PersianSentences_EndAtPersianQuestionMarkNotSemicolon()
    {
        Assert.Equal(
            Normalized("لاوروف و پمپئو در سوچی دیدار کردند؛ دیدار سه ساعت طول کشید.", "آیا توافقی شد؟", "نه"),
            Sentences("لاوروف و پمپئو در سوچی دیدار کردند؛ دیدار سه ساعت طول کشید. آیا توافقی شد؟ نه"));
    }

    [Fact]
    public void Split_ArabicSentences_EndAtArabicQuestionMarkNotSemicolon()
    {
        Assert.Equal(
            Normalized("التقى لافروف بومبيو في سوتشي؛ ثم غادر.", "هل اتفقا؟"),
            Sentences("التقى لافروف بومبيو في سوتشي؛ ثم غادر. هل اتفقا؟"));
    }

    [Fact]
    public void Split_UrduFullStop_EndsSentence()
    {
        Assert.Equal(["دیدار انجام شد۔", "پایان"], Sentences("دیدار انجام شد۔ پایان"));
    }

    [Theory]
    [InlineData("The rate rose by 2.5 percent on 18.02.1399 and fell later.")]
    [InlineData("تماس در تاریخ ۱۸.۰۲.۱۳۹۹ انجام شد.")]
    [InlineData("Officials of the U.S. and Russia met in Geneva.")]
    [InlineData("J. Kerry called S. Lavrov on Friday.")]
    [InlineData("Details are on example.com today.")]
    [InlineData("В 2020 г. Лавров говорил с Помпео.")]
    public void Split_PeriodInNumberInitialOrWord_DoesNotEndSentence(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Split_AbbreviationsFromData_DoNotEndSentence()
    {
        var abbreviations = new HashSet<string> { "mr.", "dr.", "т.е." };

        Assert.Equal(
            ["mr. lavrov met dr. rouhani.", "then he left."],
            Sentences("Mr. Lavrov met Dr. Rouhani. Then he left.", abbreviations));
        Assert.Equal(
            ["встреча, т.е. переговоры, прошла в сочи."],
            Sentences("Встреча, т.е. переговоры, прошла в Сочи.", abbreviations));
    }

    [Fact]
    public void Split_AbbreviationWithoutData_EndsSentence()
    {
        Assert.Equal(["mr.", "lavrov arrived."], Sentences("Mr. Lavrov arrived."));
    }

    [Fact]
    public void Split_RussianSentences_EndAtStops()
    {
        Assert.Equal(
            ["лавров встретился с помпео в сочи.", "переговоры длились три часа."],
            Sentences("Лавров встретился с Помпео в Сочи. Переговоры длились три часа."));
    }

    [Fact]
    public void Split_Newlines_EndSentencesAndBlankLinesAreSkipped()
    {
        Assert.Equal(
            ["تماس تلفنی لاوروف و بلینکن", "دو وزیر گفتگو کردند."],
            Sentences("  تماس تلفنی لاوروف و بلینکن  \n\n\n دو وزیر گفتگو کردند.  \n  "));
    }

    [Fact]
    public void Split_ClosingQuoteAfterStop_StaysWithItsSentence()
    {
        Assert.Equal(["he said \"no.\"", "then he left."], Sentences("He said \"no.\" Then he left."));
    }

    [Fact]
    public void Split_SpansPointIntoTheText()
    {
        var spans = SentenceSplitter.Split("one two. three");

        Assert.Equal([new TextSpan(0, 8), new TextSpan(9, 5)], spans);
    }
}
