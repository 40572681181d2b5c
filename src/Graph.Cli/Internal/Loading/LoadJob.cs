using Graph.Extraction;
using Graph.Loading;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Internal.Loading;

/// <summary>
/// Runs the load command once its settings are valid: one pass, or a pass every --every interval
/// (sleeping on the injected clock) until cancellation. Each pass ends with a summary, the --report
/// file and, for files, the export hook; the last pass decides the exit code.
/// </summary>
internal sealed class LoadJob(LoadSettings settings, CompiledMappings mappings, CliContext context, ILogger logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var target = settings.Neo4j is { } neo4j
            ? LoadTarget.Neo4j(neo4j, mappings.Set.Graph, context.Clock, logger)
            : LoadTarget.ToFiles(settings.OutDir, mappings.Set.Graph);
        try
        {
            await target.VerifyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GraphStoreException exception)
        {
            logger.LogError("the graph store could not be written: {Reason}", exception.Message);
            return ExitCodes.StoreFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("stopped on request before loading; nothing was written");
            return ExitCodes.ArticlesFailed;
        }

        var pass = new LoadPass(target, mappings, settings, context.Clock);
        for (var number = 1; ; number++)
        {
            var report = await RunPassAsync(pass, target, cancellationToken).ConfigureAwait(false);
            var code = ExitCodeOf(report);
            if (settings.Every is not { } every || report.Cancelled || (report.Aborted is not null && number == 1))
            {
                // A first pass that cannot write is a configuration problem; later ones may be an outage that passes.
                return code;
            }
            var next = (context.Clock.GetUtcNow() + every).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            logger.LogInformation("next load at {Next} UTC; Ctrl-C or SIGTERM stops", next);
            try
            {
                await Task.Delay(every, context.Clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                logger.LogInformation("stopped on request between loads; every load so far was complete");
                return code;
            }
        }
    }

    private async Task<LoadReport> RunPassAsync(LoadPass pass, LoadTarget target, CancellationToken cancellationToken)
    {
        var inputs = pass.CountInputs();
        logger.LogInformation("loading {Inputs} input(s) into {Target}", inputs, target.Description);
        var started = context.Clock.GetTimestamp();
        var report = !settings.Quiet && Terminal.IsInteractive(context.Error)
            ? await ProgressDisplay.RunAsync(context.Error, inputs, progress => pass.RunAsync(progress, cancellationToken)).ConfigureAwait(false)
            : await pass.RunAsync(null, cancellationToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("load took {Seconds:0.0} s", context.Clock.GetElapsedTime(started).TotalSeconds);
            foreach (var warning in report.Warnings)
            {
                logger.LogDebug("{Warning}", warning);
            }
        }
        foreach (var failure in report.Failed)
        {
            logger.LogWarning("{Path}: {Reason}", failure.Path, failure.Reason);
        }
        if (report.Aborted is not null)
        {
            logger.LogError("the graph store could not be written: {Reason}", report.Aborted);
        }
        if (LoadSummary.Outcome(report, inputs) is { } outcome)
        {
            logger.LogWarning("{Outcome}", outcome);
        }
        if (!settings.Quiet)
        {
            LoadSummary.Write(report, inputs, target.Description, context.Output);
        }
        if (settings.ReportFile is { } file)
        {
            // Not the run's token: a cancelled run still says what it wrote.
            await ReportFile.WriteAsync(file, report, target.Description, context.Clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        if (target.Files is { } files && report.Aborted is null && !report.Cancelled)
        {
            var written = await FileExports.AfterFileLoad(files, mappings.Set.Graph, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("graph files: {Files}", string.Join(", ", written));
        }
        return report;
    }

    /// <summary>3 when the store failed, 1 when an article failed or the run stopped before the end, else 0.</summary>
    public static int ExitCodeOf(LoadReport report) =>
        report.Aborted is not null ? ExitCodes.StoreFailed
        : report.Failed.Count > 0 || report.Cancelled ? ExitCodes.ArticlesFailed
        : ExitCodes.Ok;
}
