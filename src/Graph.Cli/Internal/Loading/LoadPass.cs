using Graph.Articles;
using Graph.Extraction;
using Graph.Facts;
using Graph.Loading;

namespace Graph.Cli.Internal.Loading;

/// <summary>
/// One load of the inputs: reads them one at a time (an unreadable input becomes a failed article
/// with its reason), extracts with the compiled mappings and hands the facts to the store through
/// <see cref="LoadRunner"/>.
/// </summary>
internal sealed class LoadPass(LoadTarget target, CompiledMappings mappings, LoadSettings settings, TimeProvider clock)
{
    /// <summary>How many inputs the paths name now (for the progress bar and the summary); reads no file.</summary>
    public int CountInputs() => InputExpander.Expand(settings.Paths).Count();

    public Task<LoadReport> RunAsync(IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        // Resolved per pass: a scheduled loader that runs for days must move its "today" along.
        var today = settings.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var extractor = new Extractor(mappings, today);
        var unreadable = new Dictionary<string, string>(StringComparer.Ordinal);
        var runner = new LoadRunner(
            target.Store,
            mappings.Set,
            raw => unreadable.Remove(raw.Path, out var reason) ? ArticleExtraction.Unreadable(raw.Path, reason) : extractor.Extract(raw),
            new LoadOptions { BatchSize = settings.BatchSize, Prune = settings.Prune },
            progress);
        return runner.RunAsync(Read(unreadable), cancellationToken);
    }

    private IEnumerable<RawArticle> Read(Dictionary<string, string> unreadable)
    {
        foreach (var path in InputExpander.Expand(settings.Paths))
        {
            var raw = ArticleReader.Read(path, settings.MaxBytes, out var failure);
            if (raw is null)
            {
                // The runner sees an empty article; the extraction step then reports the reading failure.
                unreadable[path] = failure ?? "unreadable";
                yield return new RawArticle(path, []);
            }
            else
            {
                yield return raw;
            }
        }
    }
}
