using Graph.Cli;

namespace Graph.Tests.Support;

/// <summary>Runs the `graph` command tree in memory, with its own writers, clock and environment variables.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeProvider? clock = null,
        CancellationToken cancellation = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var variables = environment ?? new Dictionary<string, string>();
        var code = await GraphApp.RunAsync(
            args, clock ?? new FakeClock(), output, error, name => variables.GetValueOrDefault(name), cancellation);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
