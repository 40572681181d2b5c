using System.Security.Cryptography;

namespace Graph.Loading;

/// <summary>How a run names an article (its file name without extension) and fingerprints it (sha256 of its bytes).</summary>
public static class ArticleIdentity
{
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
