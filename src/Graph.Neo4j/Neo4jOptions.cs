namespace Graph.Neo4j;

/// <summary>
/// How to reach Neo4j's HTTP Query API and how patiently. Defaults follow the official drivers:
/// first retry after 1 s, doubling, +-20 % jitter, no new attempt once 30 s have passed since the
/// first failure. Validate once at start-up.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>Base URI of the HTTP server, e.g. http://localhost:7474 (http or https; not bolt).</summary>
    public required Uri Uri { get; init; }

    public string Database { get; init; } = "neo4j";

    public string User { get; init; } = "neo4j";

    public string Password { get; init; } = "";

    /// <summary>How long one HTTP request may take before it counts as a (transient) timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No retry starts once this much time has passed since the first failure of an operation.</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each delay is multiplied by a random factor in [1 - jitter, 1 + jitter].</summary>
    public double RetryJitter { get; init; } = 0.2;

    /// <summary>Transient failures within <see cref="CircuitSamplingDuration"/> after which the circuit opens.</summary>
    public int CircuitFailureThreshold { get; init; } = 8;

    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long calls fail at once, without a request, after the circuit opened.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; null when NEO4J_URI is unset
    /// (the caller then writes files instead).
    /// </summary>
    public static Neo4jOptions? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var uri = variable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"NEO4J_URI '{uri}' is not an absolute URI; use e.g. http://localhost:7474");
        }

        return new Neo4jOptions
        {
            Uri = parsed,
            User = NonEmpty(variable("NEO4J_USER")) ?? "neo4j",
            Password = variable("NEO4J_PASSWORD") ?? "",
            Database = NonEmpty(variable("NEO4J_DATABASE")) ?? "neo4j",
        };
    }

    /// <summary>Every problem in one message, or null when the options are usable.</summary>
    public string? Validate()
    {
        var problems = new List<string>();
        if (Uri.Scheme is not ("http" or "https"))
        {
            problems.Add($"NEO4J_URI must be an http:// or https:// address of the HTTP Query API (port 7474 by default), not '{Uri}'");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            problems.Add("the database name (NEO4J_DATABASE) is empty");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("the request timeout must be positive");
        }

        if (FirstRetryDelay <= TimeSpan.Zero || MaxRetryTime < TimeSpan.Zero)
        {
            problems.Add("the first retry delay must be positive and the retry time not negative");
        }

        if (RetryJitter is < 0 or >= 1)
        {
            problems.Add("the retry jitter must be in [0, 1)");
        }

        if (CircuitFailureThreshold < 2 || CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            problems.Add("the circuit breaker needs a threshold of at least 2 and durations of at least 0.5 s");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
