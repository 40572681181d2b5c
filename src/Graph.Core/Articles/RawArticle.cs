namespace Graph.Articles;

/// <summary>An input as read from disk or stdin: where it came from and its bytes.</summary>
public sealed record RawArticle(string Path, byte[] Bytes);
