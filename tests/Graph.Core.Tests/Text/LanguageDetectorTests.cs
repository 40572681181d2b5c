using Graph.Text;

namespace Graph.Tests.Text;

public class LanguageDetectorTests
{
    private const string Persian =
        "سرگئی لاوروف از سال ۲۰۰۴ وزیر امور خارجه روسیه است و پیش از آن نماینده این کشور در سازمان ملل بود.";

    private const string Arabic =
        "يشغل سيرغي لافروف منصب وزير الخارجية الروسي منذ عام 2004، وكان قبل ذلك مندوب بلاده الدائم لدى الأمم المتحدة.";

    private const string English =
        "Sergei Lavrov has been the foreign minister of Russia since 2004 and was its envoy to the United Nations before that.";

    private const string Russian =
        "Сергей Лавров занимает пост министра иностранных дел России с 2004 года, а до этого был постпредом при ООН.";

    [Theory]
    [InlineData(Persian, Language.Fa)]
    [InlineData(Arabic, Language.Ar)]
    [InlineData(English, Language.En)]
    [InlineData(Russian, Language.Ru)]
    public void Detect_PlainArticleText_FindsItsLanguage(string text, Language expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_PersianWrittenWithArabicYehAndKaf_IsStillPersian()
    {
        var legacy = "تهران پايتخت ايران است و گفتگوهاي پنج ساعته وزيران در كاخ گلستان برگزار شد.";

        Assert.Equal(Language.Fa, LanguageDetector.Detect(legacy));
    }

    [Fact]
    public void Detect_PersianStoryWithLatinMenus_IsPersian()
    {
        var page = string.Join('\n',
            "Home", "News", "Sport", "Business", "Contact Us", "Privacy Policy", "Terms of Service",
            Persian,
            "Recent Posts", "Most Popular", "Categories: World Politics Economy Culture Science",
            "Copyright All rights reserved", "Follow us on Facebook Twitter Instagram");

        Assert.Equal(Language.Fa, LanguageDetector.Detect(page));
    }

    [Fact]
    public void Detect_ArabicStoryWithPersianLookingName_IsArabic()
    {
        var text = "قال وزير الخارجية الإيراني إن المحادثات مع نظيره الروسي في موسكو كانت بناءة ومفيدة للطرفين.";

        Assert.Equal(Language.Ar, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("سلام دنیا")]
    [InlineData("Tehran 2020")]
    [InlineData("12:30 - 2020/05/07 ... !!!")]
    public void Detect_TooFewLetters_IsUnknown(string text)
    {
        Assert.Equal(Language.Unknown, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_NoDominantScript_IsUnknown()
    {
        var text = "Sergei Lavrov met Mike Pompeo in Sochi. Сергей Лавров встретился с Майком Помпео в Сочи.";

        Assert.Equal(Language.Unknown, LanguageDetector.Detect(text));
    }
}
