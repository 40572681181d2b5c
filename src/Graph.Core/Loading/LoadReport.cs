namespace Graph.Loading;

/// <summary>
/// The outcome of a run. <see cref="Succeeded"/> is what the command turns into its exit code.
/// <see cref="Aborted"/> holds the store's message when it failed for good; <see cref="Cancelled"/> is
/// true when the run stopped on request, in which case <see cref="Written"/> still counts exactly the
/// articles whose batch was committed.
/// </summary>
public sealed record LoadReport(
    int Read,
    int SkippedUnchanged,
    IReadOnlyList<ArticleFailure> Failed,
    int Written,
    IReadOnlyDictionary<string, int> ContactsByType,
    WriteCounters Counters,
    IReadOnlyList<string> Pruned,
    IReadOnlyList<string> Warnings,
    bool Cancelled,
    string? Aborted)
{
    public bool Succeeded => Failed.Count == 0 && !Cancelled && Aborted is null;
}
