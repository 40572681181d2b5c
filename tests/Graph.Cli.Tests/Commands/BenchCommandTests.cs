using Graph.Tests.Support;

namespace Graph.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_TinyRun_PrintsThroughputAndMemoryFigures()
    {
        var run = await CliRun.RunAsync(["bench", "--articles", "8", "--repeat", "2", "--mappings", RepoPaths.Mappings]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("run 1/2: 8 synthetic articles (fa, ar, en, ru), one thread", run.Output, StringComparison.Ordinal);
        Assert.Contains("run 2/2", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"throughput\s+[\d.]+ MB/s, [\d.]+ articles/s", run.Output);
        Assert.Matches(@"gc heap\s+before [\d.]+ MB, after [\d.]+ MB", run.Output);
        Assert.Matches(@"working set\s+before [\d.]+ MB, after [\d.]+ MB, peak [\d.]+ MB", run.Output);
        Assert.Contains("0 article(s) failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_ZeroArticles_ExitsTwoNamingTheOption()
    {
        var run = await CliRun.RunAsync(["bench", "--articles", "0"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--articles must be at least 1 (got 0)", run.Error, StringComparison.Ordinal);
    }
}
