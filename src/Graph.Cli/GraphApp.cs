using System.CommandLine;
using Graph.Cli.Commands;

namespace Graph.Cli;

/// <summary>The command tree of the `graph` executable; tests run it with their own writers and clock.</summary>
public static class GraphApp
{
    public static RootCommand Build(TimeProvider clock, TextWriter output, TextWriter error) =>
        new("graph: diplomatic contacts between officials of Russia, the United States and Iran, from news articles into Neo4j.")
        {
            ExtractCommand.Create(clock, output, error),
            ValidateCommand.Create(output, error),
            ExplainCommand.Create(clock, output, error),
            ScoreCommand.Create(clock, output, error),
        };

    public static async Task<int> RunAsync(string[] args, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var parse = Build(clock, output, error).Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellation).ConfigureAwait(false);
    }
}
