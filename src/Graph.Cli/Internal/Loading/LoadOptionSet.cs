using System.CommandLine;

namespace Graph.Cli.Internal.Loading;

/// <summary>The load command's arguments and options, declared once.</summary>
internal sealed class LoadOptionSet
{
    public Argument<string[]> Paths { get; } = CommonOptions.Paths();

    public Option<string?> OutDir { get; } = new("--out")
    {
        Description = "Folder for the graph files when no Neo4j URI is set (facts.jsonl, graph.cypher, state.json).",
        HelpName = "DIR",
        DefaultValueFactory = _ => "out",
    };

    public Option<int> BatchSize { get; } = new("--batch-size")
    {
        Description = "Articles per write (one transaction each).",
        HelpName = "N",
        DefaultValueFactory = _ => 100,
    };

    public Option<bool> Prune { get; } = new("--prune")
    {
        Description = "Remove articles the graph holds that are not among the inputs, with everything only they reported.",
    };

    public Option<string?> Mappings { get; } = CommonOptions.Mappings();

    public Option<string?> Today { get; } = CommonOptions.Today();

    public Option<long> MaxBytes { get; } = CommonOptions.MaxBytes();

    public Option<string?> Every { get; } = new("--every")
    {
        Description = "Load again on this schedule (30s, 15m, 1h, 1d), skipping unchanged articles, until Ctrl-C or SIGTERM.",
        HelpName = "INTERVAL",
    };

    public Option<string?> ReportFile { get; } = new("--report")
    {
        Description = "Write the run's report as JSON to this file (rewritten after each scheduled load).",
        HelpName = "FILE",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Only warnings and errors: no progress, no summary.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Debug logging, with every extraction warning.",
    };

    public Neo4jCliOptions Neo4j { get; } = new();
}
