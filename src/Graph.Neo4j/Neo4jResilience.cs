using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Graph.Neo4j;

/// <summary>
/// Builds the one resilience pipeline every unit of work runs through: a retry (exponential backoff
/// with jitter, bounded by time since the first failure, as the official drivers do) around a circuit
/// breaker (when the server stays down, later units fail at once instead of waiting out their own
/// retries). Both ask <see cref="Neo4jFailures.IsTransient"/> and nothing else.
/// </summary>
public static class Neo4jResilience
{
    private static readonly ResiliencePropertyKey<DateTimeOffset> FirstFailure = new("graph.neo4j.first-failure");

    /// <param name="options">Delays, budget and circuit settings.</param>
    /// <param name="timeProvider">The clock for delays, the budget and the circuit (a fake one in tests).</param>
    /// <param name="logger">Told about each retry, with the reason.</param>
    /// <param name="random">A source of numbers in [0, 1) for the jitter.</param>
    public static ResiliencePipeline Create(
        Neo4jOptions options, TimeProvider timeProvider, ILogger? logger = null, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var next = random ?? Random.Shared.NextDouble;

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(
                    Neo4jFailures.IsTransient(args.Outcome.Exception) && WithinBudget(args.Context, args.AttemptNumber, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(options, args.AttemptNumber, next())),
                OnRetry = args =>
                {
                    logger?.LogWarning(
                        "Neo4j failed ({Reason}); attempt {Attempt} in {Delay:0.0} s",
                        args.Outcome.Exception?.Message,
                        args.AttemptNumber + 2,
                        args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 1.0,
                MinimumThroughput = options.CircuitFailureThreshold,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(Neo4jFailures.IsTransient(args.Outcome.Exception)),
            })
            .Build();
    }

    /// <summary>first * 2^attempt, times a factor in [1 - jitter, 1 + jitter).</summary>
    internal static TimeSpan Delay(Neo4jOptions options, int attempt, double random)
    {
        var factor = 1 + (options.RetryJitter * ((2 * random) - 1));
        return TimeSpan.FromTicks((long)(options.FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(attempt, 30)) * factor));
    }

    private static bool WithinBudget(ResilienceContext context, int attempt, Neo4jOptions options, TimeProvider timeProvider)
    {
        var now = timeProvider.GetUtcNow();
        if (attempt == 0 || !context.Properties.TryGetValue(FirstFailure, out var first))
        {
            context.Properties.Set(FirstFailure, now);
            first = now;
        }

        return now - first < options.MaxRetryTime;
    }
}
