namespace Graph.Mappings;

/// <summary>An office held from <see cref="From"/> to <see cref="To"/> (inclusive; null = still held).</summary>
public sealed record Office(string Role, string Country, DateOnly From, DateOnly? To, SourceMark Mark)
{
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);
}
