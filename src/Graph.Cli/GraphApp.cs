using System.CommandLine;
using System.CommandLine.Invocation;
using Graph.Cli.Commands;
using Graph.Cli.Internal;

namespace Graph.Cli;

/// <summary>The command tree of the `graph` executable; tests run it with their own writers, clock and environment.</summary>
public static class GraphApp
{
    private const string Description = """
        graph: diplomatic contacts between officials of Russia, the United States and Iran, from news articles into Neo4j.
        Exit codes: 0 all good, 1 some articles failed, 2 bad usage or mappings, 3 the graph store could not be written.

        Examples:
          graph extract samples/ > contacts.jsonl
          graph load samples/ --out out/
          NEO4J_URI=http://localhost:7474 NEO4J_PASSWORD=... graph load news/ --every 15m
          graph query "MATCH (o:Official) RETURN o.name AS name"
          graph validate --roster
          graph bench --articles 2000
        """;

    public static RootCommand Build(TimeProvider clock, TextWriter output, TextWriter error) =>
        Build(clock, output, error, Environment.GetEnvironmentVariable);

    public static RootCommand Build(TimeProvider clock, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var context = new CliContext(clock, output, error, environment);
        return new(Description)
        {
            ExtractCommand.Create(clock, output, error),
            ValidateCommand.Create(output, error),
            ExplainCommand.Create(clock, output, error),
            ScoreCommand.Create(clock, output, error),
            LoadCommand.Create(context),
            QueryCommand.Create(context),
            BenchCommand.Create(context),
        };
    }

    public static Task<int> RunAsync(string[] args, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellation = default) =>
        RunAsync(args, clock, output, error, Environment.GetEnvironmentVariable, cancellation);

    /// <summary>Runs the command line; a command line that does not parse exits with 2, like any other usage error.</summary>
    public static async Task<int> RunAsync(
        string[] args, TimeProvider clock, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellation = default)
    {
        var parse = Build(clock, output, error, environment).Parse(args);
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellation).ConfigureAwait(false);
        return parse.Action is ParseErrorAction ? ExitCodes.BadUsage : code;
    }
}
