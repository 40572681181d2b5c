namespace Graph.Neo4j;

/// <summary>
/// The one decision on what to do with a failure, after the official drivers' policy: retry
/// transient errors, split the batch on memory errors, fail fast on the rest.
/// </summary>
public static class Neo4jFailures
{
    private static readonly string[] RetriedClientErrors =
    [
        "Neo.ClientError.Cluster.NotALeader",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
    ];

    // In 4.x these two were transient codes; the drivers never retry them (the user stopped the transaction).
    private static readonly string[] NeverRetried =
    [
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    ];

    private static readonly string[] MemoryErrors =
    [
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "Neo.TransientError.General.TransactionMemoryLimit",
        "Neo.ClientError.General.TransactionOutOfMemoryError",
    ];

    /// <summary>True when sending the same request again may succeed.</summary>
    public static bool IsTransient(Exception? exception) => exception switch
    {
        Neo4jException { Code: { } code } when MemoryErrors.Contains(code) || NeverRetried.Contains(code) => false,
        Neo4jException { Code: { } code } => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || RetriedClientErrors.Contains(code),
        Neo4jException { HttpStatus: 502 or 503 or 504 } => true,
        Neo4jException { IsTransport: true } => true,
        _ => false,
    };

    /// <summary>True when the batch was too big for the server's memory: send it again in halves.</summary>
    public static bool CallsForSplit(Exception? exception) =>
        exception is Neo4jException { Code: { } code } && MemoryErrors.Contains(code);
}
