namespace Graph.Loading;

/// <summary>How a load run behaves.</summary>
public sealed class LoadOptions
{
    /// <summary>Articles per write; each write is one transaction whose statements carry all their rows.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Retract articles the store holds that are absent from this run's input.</summary>
    public bool Prune { get; init; }

    /// <summary>Every problem in one message, or null when the options are usable.</summary>
    public string? Validate() =>
        BatchSize < 1 ? $"the batch size must be at least 1 (got {BatchSize})" : null;
}
