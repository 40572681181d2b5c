namespace Graph.Articles;

/// <summary>
/// The result of turning bytes into text. On success <see cref="Text"/> is set (HTML already turned into
/// plain text with one line per block); otherwise <see cref="Failure"/> says why (empty, binary, ...).
/// </summary>
public sealed record DecodedArticle(string? Text, string Encoding, bool WasHtml, string? Failure)
{
    public static DecodedArticle Fail(string reason) => new(null, "", false, reason);
}
