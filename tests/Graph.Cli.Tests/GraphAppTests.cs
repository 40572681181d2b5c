using Graph.Tests.Support;

namespace Graph.Tests;

public sealed class GraphAppTests
{
    [Fact]
    public async Task RunAsync_UnknownOption_ExitsTwo()
    {
        var run = await CliRun.RunAsync(["query", "RETURN 1", "--no-such-option"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OptionValueOfWrongType_ExitsTwo()
    {
        var run = await CliRun.RunAsync(["load", "x", "--batch-size", "many"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("many", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingArgument_ExitsTwo()
    {
        var run = await CliRun.RunAsync(["load"]);

        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("load", "graph load samples/")]
    [InlineData("query", "graph query \"MATCH")]
    [InlineData("bench", "graph bench --articles")]
    public async Task RunAsync_CommandHelp_ShowsExamplesAndExitsZero(string command, string example)
    {
        var run = await CliRun.RunAsync([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Contains(example, run.Output, StringComparison.Ordinal);
    }
}
