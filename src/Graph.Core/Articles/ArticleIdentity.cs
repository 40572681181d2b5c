using System.Security.Cryptography;

namespace Graph.Articles;

/// <summary>
/// How an article is named (its file name without extension, so that a reload of the same file updates
/// the same Article node; text from stdin is named by its content) and fingerprinted (sha256 of its bytes).
/// </summary>
public static class ArticleIdentity
{
    public static string IdOf(string path, byte[]? bytes = null) =>
        path == InputExpander.StandardInput && bytes is not null
            ? "stdin-" + HashOf(bytes)[..12]
            : Path.GetFileNameWithoutExtension(path);

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
