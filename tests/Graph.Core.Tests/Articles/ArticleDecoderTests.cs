using System.Text;
using Graph.Articles;

namespace Graph.Tests.Articles;

public class ArticleDecoderTests
{
    private const string Persian = "وزیر امور خارجه ایران در مسکو با همتای روسی خود گفتگو کرد.";
    private const string Arabic = "التقى وزير الخارجية الإيراني نظيره الروسي في موسكو.";
    private const string English = "The Iranian foreign minister met his Russian counterpart in Moscow.";
    private const string Russian = "Министр иностранных дел Ирана встретился с российским коллегой в Москве.";

    private static Encoding Windows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }

    [Theory]
    [InlineData(Persian)]
    [InlineData(Arabic)]
    [InlineData(English)]
    [InlineData(Russian)]
    public void Decode_Utf8WithoutBom_ReturnsText(string text)
    {
        var result = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Null(result.Failure);
        Assert.Equal(text, result.Text);
        Assert.Equal("utf-8", result.Encoding);
        Assert.False(result.WasHtml);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var result = ArticleDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Persian)]);

        Assert.Equal(Persian, result.Text);
        Assert.Equal("utf-8 (bom)", result.Encoding);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReturnsText()
    {
        var result = ArticleDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Russian)]);

        Assert.Equal(Russian, result.Text);
        Assert.Equal("utf-16le", result.Encoding);
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_ReturnsText()
    {
        var result = ArticleDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Arabic)]);

        Assert.Equal(Arabic, result.Text);
        Assert.Equal("utf-16be", result.Encoding);
    }

    [Theory]
    [InlineData("تهران پايتخت ايران است و گفتگوي وزيران در كاخ گلستان برگزار شد.")]
    [InlineData(Arabic)]
    public void Decode_Windows1256Bytes_AreDecodedAsLegacyArabicScript(string text)
    {
        var result = ArticleDecoder.Decode(Windows1256().GetBytes(text));

        Assert.Null(result.Failure);
        Assert.Equal(text, result.Text);
        Assert.Equal("windows-1256", result.Encoding);
    }

    [Fact]
    public void Decode_NoBytes_FailsAsEmpty()
    {
        Assert.Equal("empty: the file has no bytes", ArticleDecoder.Decode([]).Failure);
    }

    [Fact]
    public void Decode_OnlyWhitespace_FailsAsEmpty()
    {
        var result = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(" \r\n\t\u00A0\n "));

        Assert.Null(result.Text);
        Assert.Equal("empty: the file holds only whitespace", result.Failure);
    }

    [Fact]
    public void Decode_NulBytes_FailsAsBinary()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var result = ArticleDecoder.Decode(bytes);

        Assert.NotNull(result.Failure);
        Assert.StartsWith("binary:", result.Failure);
    }

    [Fact]
    public void Decode_ManyControlCharacters_FailsAsBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(English + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008");

        Assert.StartsWith("binary:", ArticleDecoder.Decode(bytes).Failure);
    }

    [Fact]
    public void Decode_InvalidUtf8ThatIsNotArabicScript_FailsAsUndecodable()
    {
        var latin1 = Encoding.Latin1.GetBytes("Le ministre a déclaré à la presse: «très bien», ça va.");

        var result = ArticleDecoder.Decode(latin1);

        Assert.Equal("undecodable: neither valid UTF-8 nor Windows-1256 Persian/Arabic text", result.Failure);
    }

    [Fact]
    public void Decode_Utf8BomFollowedByInvalidBytes_FailsAsUndecodable()
    {
        var result = ArticleDecoder.Decode([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28]);

        Assert.Equal("undecodable: invalid UTF-8 at byte 1", result.Failure);
    }

    [Fact]
    public void Decode_HtmlPage_IsTurnedIntoText()
    {
        var html = "<!DOCTYPE html><html><body><p>" + English + "</p><script>var x = 1;</script></body></html>";

        var result = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(html));

        Assert.True(result.WasHtml);
        Assert.Equal(English, result.Text);
    }

    [Fact]
    public void Decode_HtmlWithOnlyChrome_FailsAsEmpty()
    {
        var html = "<html><body><nav>Home | News</nav><script>track();</script></body></html>";

        Assert.StartsWith("empty:", ArticleDecoder.Decode(Encoding.UTF8.GetBytes(html)).Failure);
    }
}
