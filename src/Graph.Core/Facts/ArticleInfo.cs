namespace Graph.Facts;

/// <summary>Provenance of one article, as in the extraction contract.</summary>
public sealed record ArticleInfo(string Id, string Path, string Lang, DateOnly? Published, string Sha256);
