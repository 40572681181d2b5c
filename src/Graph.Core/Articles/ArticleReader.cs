namespace Graph.Articles;

/// <summary>
/// Reads one input (a file, or standard input for <c>-</c>) into memory, refusing what is missing,
/// unreadable or larger than the limit, with a reason that names the problem.
/// </summary>
public static class ArticleReader
{
    /// <summary>No news article comes near this; anything bigger is a mistake (an archive, a dump).</summary>
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public static RawArticle? Read(string path, long maxBytes, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == InputExpander.StandardInput)
        {
            using var stdin = Console.OpenStandardInput();
            return ReadStream(path, stdin, maxBytes, out failure);
        }
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = Directory.Exists(path) ? "is a folder, not a file" : "no such file";
                return null;
            }
            if (info.Length > maxBytes)
            {
                failure = TooLarge(info.Length.ToString(), maxBytes);
                return null;
            }
            failure = null;
            return new RawArticle(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = $"cannot read: {e.Message}";
            return null;
        }
    }

    /// <summary>Reads a stream of unknown length, stopping as soon as it passes the limit.</summary>
    internal static RawArticle? ReadStream(string name, Stream stream, long maxBytes, out string? failure)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                failure = TooLarge($"more than {maxBytes}", maxBytes);
                return null;
            }
        }
        failure = null;
        return new RawArticle(name, buffer.ToArray());
    }

    private static string TooLarge(string size, long maxBytes) =>
        $"too large: {size} bytes, the limit is {maxBytes} bytes";
}
