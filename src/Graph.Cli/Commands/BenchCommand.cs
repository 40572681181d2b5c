using System.CommandLine;
using System.Globalization;
using Graph.Cli.Internal;
using Graph.Cli.Internal.Bench;
using Graph.Extraction;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph bench`: extraction throughput on one thread over synthetic articles made on the fly, with
/// the memory before and after, to show that memory does not grow with the number of articles.
/// </summary>
internal static class BenchCommand
{
    private const int Seed = 20250630;

    private const string Description = """
        Benchmark the extraction on one thread: generate synthetic articles in the four languages from the mappings' phrases
        (names, roles, triggers, dates, with page noise), one at a time, extract each, and print MB/s of page text, articles/s,
        and the GC heap and working set before and after.

        Examples:
          graph bench
          graph bench --articles 20000 --repeat 3
        """;

    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles")
        {
            Description = "How many synthetic articles to extract per run.",
            HelpName = "N",
            DefaultValueFactory = _ => 5000,
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "How many runs (the first one includes the JIT warm-up).",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        var mappings = CommonOptions.Mappings();
        var command = new Command("bench", Description) { articles, repeat, mappings };
        command.SetAction((result, cancellation) =>
        {
            var problems = new List<string>();
            var count = result.GetValue(articles);
            var runs = result.GetValue(repeat);
            if (count < 1)
            {
                problems.Add(UsageErrors.Articles(count));
            }
            if (runs < 1)
            {
                problems.Add(UsageErrors.Repeat(runs));
            }
            if (problems.Count > 0)
            {
                UsageErrors.Print("bench", problems, context.Error);
                return Task.FromResult(ExitCodes.BadUsage);
            }
            var compiled = MappingSession.Load(result.GetValue(mappings), context.Error);
            if (compiled is null)
            {
                return Task.FromResult(ExitCodes.BadUsage);
            }
            var generator = new SyntheticArticles(compiled.Set, Seed);
            var extractor = new Extractor(compiled, DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime));
            for (var run = 1; run <= runs; run++)
            {
                cancellation.ThrowIfCancellationRequested();
                Run(run, runs, count, generator, extractor, context, cancellation);
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void Run(int run, int runs, int count, SyntheticArticles generator, Extractor extractor, CliContext context, CancellationToken cancellation)
    {
        var before = MemoryFigures.Now();
        long bytes = 0;
        var contacts = 0;
        var failed = 0;
        var started = context.Clock.GetTimestamp();
        var extracting = TimeSpan.Zero;
        foreach (var article in generator.Generate(count))
        {
            cancellation.ThrowIfCancellationRequested();
            bytes += article.Bytes.Length;
            // Only the extraction is timed: making the synthetic articles is the bench's own cost.
            var start = context.Clock.GetTimestamp();
            var extraction = extractor.Extract(article);
            extracting += context.Clock.GetElapsedTime(start);
            contacts += extraction.Contacts.Count;
            failed += extraction.Failed ? 1 : 0;
        }
        var total = context.Clock.GetElapsedTime(started).TotalSeconds;
        var seconds = Math.Max(extracting.TotalSeconds, 1e-9);
        var after = MemoryFigures.Now();
        var output = context.Output;
        var languages = string.Join(", ", generator.Languages.Select(language => language.ToString().ToLowerInvariant()));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}/{runs}: {count:N0} synthetic articles ({languages}), one thread"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  page text    {Megabytes(bytes)} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time         {seconds:0.000} s extracting ({total:0.000} s with generating the articles)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  throughput   {bytes / 1048576.0 / seconds:0.00} MB/s, {count / seconds:0.0} articles/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  contacts     {contacts:N0} found, {failed:N0} article(s) failed"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  gc heap      before {Megabytes(before.GcHeapBytes)} MB, after {Megabytes(after.GcHeapBytes)} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  working set  before {Megabytes(before.WorkingSetBytes)} MB, after {Megabytes(after.WorkingSetBytes)} MB, peak {Megabytes(after.PeakWorkingSetBytes)} MB"));
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}
