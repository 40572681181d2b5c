namespace Graph.Loading;

/// <summary>An article that could not be loaded: its path and why.</summary>
public sealed record ArticleFailure(string Path, string Reason);
