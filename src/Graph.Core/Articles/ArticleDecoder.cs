using System.Text;

namespace Graph.Articles;

/// <summary>
/// Turns an article's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
/// mark, or Windows-1256 for legacy Persian and Arabic pages; HTML is turned into plain text. Says why when
/// there is no usable text: empty, binary, or in no encoding it knows.
/// </summary>
public static class ArticleDecoder
{
    /// <summary>Share of control characters above which a file is taken for binary data.</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>
    /// Windows-1256 maps every byte to something, so it is only believed when nearly all non-ASCII characters
    /// it yields are Arabic-script letters (or the punctuation that goes with them), as in a real page.
    /// </summary>
    private const double MinArabicShareOf1256 = 0.8;

    private const int HtmlSniffLength = 2048;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1256 = CreateWindows1256();

    private static readonly string[] HtmlSignatures =
        ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<br", "<meta", "<span"];

    public static DecodedArticle Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return DecodedArticle.Fail("empty: the file has no bytes");
        }
        var (text, encoding, failure) = ToText(bytes);
        if (text is null)
        {
            return DecodedArticle.Fail(failure!);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedArticle.Fail("empty: the file holds only whitespace");
        }
        if (LooksBinary(text))
        {
            return DecodedArticle.Fail($"binary: control characters in the text ({encoding})");
        }
        if (!LooksLikeHtml(text))
        {
            return new DecodedArticle(text, encoding, WasHtml: false, Failure: null);
        }
        var plain = HtmlToText.Convert(text);
        return string.IsNullOrWhiteSpace(plain)
            ? DecodedArticle.Fail("empty: the HTML page has no text outside scripts, menus and footers")
            : new DecodedArticle(plain, encoding, WasHtml: true, Failure: null);
    }

    private static (string? Text, string Encoding, string? Failure) ToText(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return TryUtf8(bytes.AsSpan(3), "utf-8 (bom)");
        }
        if (bytes is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le", null);
        }
        if (bytes is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be", null);
        }
        if (bytes.AsSpan().Contains((byte)0))
        {
            return (null, "", "binary: NUL bytes (UTF-16 without a byte-order mark is not read)");
        }
        var utf8 = TryUtf8(bytes, "utf-8");
        if (utf8.Text is not null)
        {
            return utf8;
        }
        var legacy = Windows1256.GetString(bytes);
        return LooksLikeArabicScript(legacy)
            ? (legacy, "windows-1256", null)
            : (null, "", "undecodable: neither valid UTF-8 nor Windows-1256 Persian/Arabic text");
    }

    private static (string? Text, string Encoding, string? Failure) TryUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, name, $"undecodable: invalid UTF-8 at byte {e.Index}");
        }
    }

    private static Encoding CreateWindows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }

    private static bool LooksLikeArabicScript(string text)
    {
        var nonAscii = 0;
        var arabic = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }
            nonAscii++;
            if (c is >= '\u0600' and <= '\u06FF' || c is '\u200C' or '\u200D' or '\u200E' or '\u200F' or '«' or '»')
            {
                arabic++;
            }
        }
        return nonAscii > 0 && arabic >= nonAscii * MinArabicShareOf1256;
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                control++;
            }
        }
        return control > text.Length * MaxControlShare;
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, HtmlSniffLength));
        foreach (var signature in HtmlSignatures)
        {
            if (head.Contains(signature, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
