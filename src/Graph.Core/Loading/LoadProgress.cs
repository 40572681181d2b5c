namespace Graph.Loading;

/// <summary>Where a run stands, reported after each article and after each write.</summary>
public sealed record LoadProgress(int Read, int SkippedUnchanged, int Failed, int Written, string? CurrentPath);
