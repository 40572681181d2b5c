using System.Security.Cryptography;

namespace Graph.Extraction;

/// <summary>
/// An article's id is its file name without the extension, so that a reload of the same file updates
/// the same Article node; text read from stdin is named by its content.
/// </summary>
public static class ArticleIds
{
    public static string From(string path, byte[] bytes) =>
        path == "-"
            ? "stdin-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]
            : Path.GetFileNameWithoutExtension(path);
}
