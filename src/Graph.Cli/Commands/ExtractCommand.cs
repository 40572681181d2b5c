using System.CommandLine;
using Graph.Cli.Internal;
using Graph.Extraction;
using Graph.Facts;

namespace Graph.Cli.Commands;

/// <summary>`graph extract PATHS --format jsonl`: prints the extraction contract, one line per article, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create(TimeProvider clock, TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "Output format (jsonl: one JSON object per article).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl");
        var mappings = CommonOptions.Mappings();
        var today = CommonOptions.Today();
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("extract", "Print the contacts found in articles as JSON lines (the extraction contract).")
        {
            paths, format, mappings, today, maxBytes,
        };
        command.SetAction((result, cancellation) =>
        {
            var compiled = MappingSession.Load(result.GetValue(mappings), error);
            if (compiled is null)
            {
                return Task.FromResult(ExitCodes.BadUsage);
            }
            var extractor = new Extractor(compiled, CommonOptions.ResolveToday(result.GetValue(today), clock));
            var failed = 0;
            foreach (var extraction in ArticleStream.Extract(result.GetValue(paths)!, result.GetValue(maxBytes), extractor))
            {
                cancellation.ThrowIfCancellationRequested();
                output.WriteLine(ExtractionJson.ToJsonLine(extraction));
                if (extraction.Failed)
                {
                    failed++;
                    error.WriteLine($"{extraction.Article.Path}: skipped: {string.Join("; ", extraction.Warnings)}");
                }
            }
            return Task.FromResult(failed > 0 ? ExitCodes.ArticlesFailed : ExitCodes.Ok);
        });
        return command;
    }
}
