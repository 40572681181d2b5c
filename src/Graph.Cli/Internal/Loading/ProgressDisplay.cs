using Graph.Loading;
using Spectre.Console;

namespace Graph.Cli.Internal.Loading;

/// <summary>A progress bar on standard error for a person watching a long load: counts, articles/s and the time left.</summary>
internal static class ProgressDisplay
{
    public static Task<LoadReport> RunAsync(TextWriter error, int total, Func<IProgress<LoadProgress>, Task<LoadReport>> pass) =>
        Terminal.ConsoleFor(error).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ArticleRateColumn(), new RemainingTimeColumn())
            .StartAsync(context => pass(new Reporter(context.AddTask("loading", maxValue: Math.Max(total, 1)))));

    private sealed class Reporter(ProgressTask task) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            task.Value = value.Read;
            task.Description = $"read {value.Read}, unchanged {value.SkippedUnchanged}, failed {value.Failed}, written {value.Written}";
        }
    }
}
