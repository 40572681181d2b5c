namespace Graph.Loading;

/// <summary>What a write changed, as the database counts it; summed over requests with <c>+</c>.</summary>
public sealed record WriteCounters(
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long LabelsRemoved,
    long IndexesAdded,
    long IndexesRemoved,
    long ConstraintsAdded,
    long ConstraintsRemoved)
{
    public static WriteCounters Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static WriteCounters operator +(WriteCounters left, WriteCounters right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.NodesCreated + right.NodesCreated,
            left.NodesDeleted + right.NodesDeleted,
            left.RelationshipsCreated + right.RelationshipsCreated,
            left.RelationshipsDeleted + right.RelationshipsDeleted,
            left.PropertiesSet + right.PropertiesSet,
            left.LabelsAdded + right.LabelsAdded,
            left.LabelsRemoved + right.LabelsRemoved,
            left.IndexesAdded + right.IndexesAdded,
            left.IndexesRemoved + right.IndexesRemoved,
            left.ConstraintsAdded + right.ConstraintsAdded,
            left.ConstraintsRemoved + right.ConstraintsRemoved);
    }

    public static WriteCounters Add(WriteCounters left, WriteCounters right) => left + right;
}
