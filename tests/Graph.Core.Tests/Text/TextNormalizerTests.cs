using Graph.Text;

namespace Graph.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("علي", "علی")]
    [InlineData("مصطفى", "مصطفی")]
    [InlineData("ئ", "ی")]
    [InlineData("كرملين", "کرملین")]
    [InlineData("أحمد إيران آمريكا ٱلله", "احمد ایران امریکا الله")]
    [InlineData("وزارة", "وزاره")]
    [InlineData("خانۀ", "خانه")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("سماء", "سما")]
    public void Normalize_ArabicScriptLetterVariants_FoldToReferenceForms(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("وزيـــر الخارجية", "وزیر الخارجیه")]
    [InlineData("می\u200Cشود", "میشود")]
    [InlineData("\uFEFF\u200Fتهران\u200E", "تهران")]
    public void Normalize_DiacriticsTatweelJoinersAndMarks_AreRemoved(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("۱۸-۰۲-۱۳۹۹", "18-02-1399")]
    [InlineData("عام ٢٠٢٠", "عام 2020")]
    [InlineData("۲٫۵", "2.5")]
    public void Normalize_PersianAndArabicIndicDigits_BecomeAscii(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("Sergei LAVROV", "sergei lavrov")]
    [InlineData("Сергей Лавров, Ёлкин", "сергей лавров, елкин")]
    [InlineData("Café Zürich", "café zürich")]
    [InlineData("Лёд", "лед")]
    public void Normalize_LatinAndCyrillic_LowerCasedWithDiacriticsKept(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("«دیدار» “talks” ‘yes’", "\"دیدار\" \"talks\" 'yes'")]
    [InlineData("Moscow — Tehran – Washington", "moscow - tehran - washington")]
    public void Normalize_TypographicQuotesAndDashes_BecomePlain(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Normalize_WhitespaceRuns_CollapseButNewlinesAreKept()
    {
        var result = TextNormalizer.Normalize("Lavrov \t\u00A0 met  Pompeo  \r\n  in Sochi\n\nНовая\u00A0строка");

        Assert.Equal("lavrov met pompeo\nin sochi\n\nновая строка", result.Text);
    }

    [Fact]
    public void Normalize_SpaceAroundRemovedCharacter_StaysOneSpace()
    {
        Assert.Equal("a b", TextNormalizer.Normalize("a \u200C b").Text);
    }

    [Fact]
    public void Normalize_RemovedCharacters_MapBackToOriginalIndices()
    {
        var original = "او می\u200Cگوید";

        var result = TextNormalizer.Normalize(original);

        Assert.Equal("او میگوید", result.Text);
        Assert.Equal(result.Text.Length + 1, result.OriginalIndex.Count);
        Assert.Equal(original.Length, result.OriginalIndex[^1]);
        Assert.Equal(3, result.OriginalIndex[3]);
        Assert.Equal(6, result.OriginalIndex[5]);
        Assert.Equal("می\u200Cگوید", result.OriginalSlice(new TextSpan(3, 6)));
    }

    [Fact]
    public void Normalize_CarriageReturnNewline_MapsToTheCarriageReturn()
    {
        var result = TextNormalizer.Normalize("ab\r\ncd");

        Assert.Equal("ab\ncd", result.Text);
        Assert.Equal([0, 1, 2, 4, 5, 6], result.OriginalIndex);
    }

    [Fact]
    public void Normalize_EmptyText_HasOnlyTheEndEntry()
    {
        var result = TextNormalizer.Normalize("");

        Assert.Equal("", result.Text);
        Assert.Equal([0], result.OriginalIndex);
    }

    [Theory]
    [InlineData("  وزير الخارجية  ", "وزیر الخارجیه")]
    [InlineData(" Secretary of State\n", "secretary of state")]
    [InlineData("Министр иностранных дел ", "министр иностранных дел")]
    [InlineData("\u200Cوزیر امور خارجه", "وزیر امور خارجه")]
    public void NormalizePhrase_MappingPhrase_IsNormalisedAndTrimmed(string phrase, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizePhrase(phrase));
    }
}
