using System.CommandLine;
using Graph.Cli.Internal;
using Graph.Cli.Internal.Loading;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Commands;

/// <summary>`graph load PATHS`: extracts articles and writes their contacts to Neo4j, or to graph files when no Neo4j is configured.</summary>
internal static class LoadCommand
{
    private const string Description = """
        Extract articles and upsert their contacts into Neo4j when NEO4J_URI (or --neo4j) is set, else write graph files to --out.
        Unchanged articles (same sha256) are skipped. Exit codes: 0 all loaded, 1 some articles failed or the run was stopped,
        2 bad usage or mappings, 3 the graph store could not be written.

        Examples:
          graph load samples/
          graph load 'news/**/*.html' --out graph-out --report run.json
          NEO4J_URI=http://localhost:7474 NEO4J_PASSWORD=... graph load news/ --batch-size 200 --prune
          graph load news/ --neo4j http://localhost:7474 --every 15m
        """;

    public static Command Create(CliContext context)
    {
        var options = new LoadOptionSet();
        var command = new Command("load", Description)
        {
            options.Paths, options.OutDir, options.BatchSize, options.Prune, options.Mappings, options.Today,
            options.MaxBytes, options.Every, options.ReportFile, options.Quiet, options.Verbose,
        };
        foreach (var option in options.Neo4j.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(async (result, cancellation) =>
        {
            var settings = LoadSettings.From(result, options, context.Environment, out var problems);
            if (settings is null)
            {
                UsageErrors.Print("load", problems, context.Error);
                return ExitCodes.BadUsage;
            }
            var compiled = MappingSession.Load(settings.Mappings, context.Error);
            if (compiled is null)
            {
                return ExitCodes.BadUsage;
            }
            using var logging = WriterLoggerProvider.CreateFactory(context.Error, settings.LogLevel, settings.Secrets);
            var job = new LoadJob(settings, compiled, context, logging.CreateLogger("graph.load"));
            return await job.RunAsync(cancellation).ConfigureAwait(false);
        });
        return command;
    }
}
