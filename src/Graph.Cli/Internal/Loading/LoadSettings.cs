using System.CommandLine;
using System.Globalization;
using Graph.Neo4j;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Internal.Loading;

/// <summary>The load command's settings, read from the parse result and checked once, every problem together.</summary>
internal sealed class LoadSettings
{
    public required IReadOnlyList<string> Paths { get; init; }

    public required string OutDir { get; init; }

    public required int BatchSize { get; init; }

    public required bool Prune { get; init; }

    public required string? Mappings { get; init; }

    public required DateOnly? Today { get; init; }

    public required long MaxBytes { get; init; }

    public required TimeSpan? Every { get; init; }

    public required string? ReportFile { get; init; }

    public required bool Quiet { get; init; }

    public required LogLevel LogLevel { get; init; }

    /// <summary>Null when the graph goes to files.</summary>
    public required Neo4jOptions? Neo4j { get; init; }

    public required IReadOnlyList<string> Secrets { get; init; }

    /// <summary>The settings, or null with <paramref name="problems"/> filled.</summary>
    public static LoadSettings? From(ParseResult result, LoadOptionSet options, Func<string, string?> environment, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var secrets = new List<string>();
        var batchSize = result.GetValue(options.BatchSize);
        if (batchSize < 1)
        {
            found.Add(UsageErrors.BatchSize(batchSize));
        }
        var maxBytes = result.GetValue(options.MaxBytes);
        if (maxBytes < 1)
        {
            found.Add(UsageErrors.MaxBytes(maxBytes));
        }
        DateOnly? today = null;
        if (result.GetValue(options.Today) is { } todayText)
        {
            if (DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                today = day;
            }
            else
            {
                found.Add(UsageErrors.Today(todayText));
            }
        }
        TimeSpan? every = null;
        if (result.GetValue(options.Every) is { } everyText)
        {
            every = Interval.Parse(everyText);
            if (every is null)
            {
                found.Add(UsageErrors.Every(everyText));
            }
        }
        var quiet = result.GetValue(options.Quiet);
        var verbose = result.GetValue(options.Verbose);
        if (quiet && verbose)
        {
            found.Add(UsageErrors.QuietAndVerbose());
        }
        var neo4j = options.Neo4j.Resolve(result, environment, found, secrets);
        problems = found;
        return found.Count > 0 ? null : new LoadSettings
        {
            Paths = result.GetValue(options.Paths) ?? [],
            OutDir = result.GetValue(options.OutDir) ?? "out",
            BatchSize = batchSize,
            Prune = result.GetValue(options.Prune),
            Mappings = result.GetValue(options.Mappings),
            Today = today,
            MaxBytes = maxBytes,
            Every = every,
            ReportFile = result.GetValue(options.ReportFile),
            Quiet = quiet,
            LogLevel = Internal.WriterLoggerProvider.LevelFor(quiet, verbose),
            Neo4j = neo4j,
            Secrets = secrets,
        };
    }
}
