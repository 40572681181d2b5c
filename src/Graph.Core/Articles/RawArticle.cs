namespace Graph.Articles;

/// <summary>
/// An input as read from disk or stdin: where it came from and its bytes. <see cref="Sha256"/> is set
/// when the caller has already fingerprinted it (a load checks the hash before extracting).
/// </summary>
public sealed record RawArticle(string Path, byte[] Bytes, string? Sha256 = null);
