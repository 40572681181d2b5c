namespace Graph.Mappings;

/// <summary>One problem in a mapping file, with where it is and how to fix it.</summary>
public sealed record MappingError(SourceMark Mark, string Message, string? Hint = null)
{
    public override string ToString() => Hint is null ? $"{Mark}: {Message}" : $"{Mark}: {Message} (hint: {Hint})";
}
