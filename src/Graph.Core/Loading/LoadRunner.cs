using Graph.Articles;
using Graph.Facts;
using Graph.Mappings;

namespace Graph.Loading;

/// <summary>
/// Runs a load: skips articles whose sha256 the store already holds (without extracting them),
/// extracts the rest, writes their facts in batches of <see cref="LoadOptions.BatchSize"/> articles,
/// records failed articles without stopping, and retracts articles absent from the input when asked.
/// Cancellation is honoured between articles; a batch is written whole or not at all.
/// </summary>
public sealed class LoadRunner
{
    private readonly IGraphStore _store;
    private readonly MappingSet _roster;
    private readonly Func<RawArticle, ArticleExtraction> _extract;
    private readonly LoadOptions _options;
    private readonly IProgress<LoadProgress>? _progress;

    public LoadRunner(
        IGraphStore store,
        MappingSet roster,
        Func<RawArticle, ArticleExtraction> extract,
        LoadOptions options,
        IProgress<LoadProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _store = store ?? throw new ArgumentNullException(nameof(store));
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _extract = extract ?? throw new ArgumentNullException(nameof(extract));
        _options = options;
        _progress = progress;
    }

    public async Task<LoadReport> RunAsync(IEnumerable<RawArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var run = new Run(this);
        try
        {
            await run.ExecuteAsync(articles, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Cancelled = true;
        }
        catch (GraphStoreException exception)
        {
            run.Aborted = exception.Message;
        }

        return run.Report();
    }

    /// <summary>The state of one run; a class of its own so that the runner stays reusable.</summary>
    private sealed class Run(LoadRunner owner)
    {
        private readonly List<ArticleFailure> _failed = [];
        private readonly List<GraphFacts> _batch = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _contacts = new(StringComparer.Ordinal);
        private readonly List<string> _warnings = [];
        private IReadOnlyList<string> _pruned = [];
        private WriteCounters _counters = WriteCounters.Zero;
        private bool _schemaReady;
        private int _read;
        private int _skipped;
        private int _written;

        public bool Cancelled { get; set; }

        public string? Aborted { get; set; }

        public async Task ExecuteAsync(IEnumerable<RawArticle> articles, CancellationToken cancellationToken)
        {
            var known = await owner._store.GetArticleHashesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var article in articles)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    // The buffered batch is dropped, not half-written: its articles load on the next run.
                    Cancelled = true;
                    return;
                }

                Take(article, known);
                Report(article.Path);
                if (_batch.Count >= owner._options.BatchSize)
                {
                    await FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await FlushAsync(cancellationToken).ConfigureAwait(false);
            if (owner._options.Prune)
            {
                await PruneAsync(known, cancellationToken).ConfigureAwait(false);
            }
        }

        public LoadReport Report() => new(
            _read, _skipped, _failed, _written, _contacts, _counters, _pruned, _warnings, Cancelled, Aborted);

        private void Take(RawArticle article, IReadOnlyDictionary<string, string> known)
        {
            _read++;
            var id = ArticleIdentity.IdOf(article.Path, article.Bytes);
            if (!_seen.Add(id))
            {
                _failed.Add(new ArticleFailure(article.Path, $"another input already has the article id '{id}' (ids are file names without extension)"));
                return;
            }

            var hash = ArticleIdentity.HashOf(article.Bytes);
            if (known.TryGetValue(id, out var stored) && stored == hash)
            {
                _skipped++;
                return;
            }

            // The hash is passed on, so the extraction need not fingerprint the bytes a second time.
            if (Extract(article with { Sha256 = hash }, id, hash) is { } facts)
            {
                _batch.Add(facts);
                _warnings.AddRange(facts.Warnings.Select(warning => $"{article.Path}: {warning}"));
            }
        }

        private GraphFacts? Extract(RawArticle article, string id, string hash)
        {
            ArticleExtraction extraction;
            try
            {
                extraction = owner._extract(article);
            }
#pragma warning disable CA1031 // One bad article must not stop the run; the failure is reported with its reason.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                _failed.Add(new ArticleFailure(article.Path, $"extraction failed: {exception.Message}"));
                return null;
            }

            if (extraction.Failed)
            {
                var reason = extraction.Warnings.Count > 0 ? string.Join("; ", extraction.Warnings) : "the article could not be read";
                _failed.Add(new ArticleFailure(article.Path, reason));
                return null;
            }

            // The store's hashes are keyed by the runner's id and hash; the facts must agree with them,
            // whatever extraction the runner was given.
            var info = extraction.Article with { Id = id, Sha256 = hash };
            return FactBuilder.Build(extraction with { Article = info }, owner._roster);
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0)
            {
                return;
            }

            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            _counters += await owner._store.WriteArticlesAsync([.. _batch], cancellationToken).ConfigureAwait(false);
            _written += _batch.Count;
            foreach (var edge in _batch.SelectMany(facts => facts.Edges).Where(edge => GraphKinds.ContactEdges.Contains(edge.Kind)))
            {
                _contacts[edge.Kind] = _contacts.GetValueOrDefault(edge.Kind) + 1;
            }

            _batch.Clear();
            Report(null);
        }

        private async Task PruneAsync(IReadOnlyDictionary<string, string> known, CancellationToken cancellationToken)
        {
            var absent = known.Keys.Where(id => !_seen.Contains(id)).Order(StringComparer.Ordinal).ToList();
            if (absent.Count == 0)
            {
                return;
            }

            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            _counters += await owner._store.RetractArticlesAsync(absent, cancellationToken).ConfigureAwait(false);
            _pruned = absent;
        }

        private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
        {
            // Only a run that writes touches the schema, so that a reload of unchanged input sends no write.
            if (!_schemaReady)
            {
                await owner._store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }

        private void Report(string? path) =>
            owner._progress?.Report(new LoadProgress(_read, _skipped, _failed.Count, _written, path));
    }
}
