namespace Graph.Mappings;

/// <summary>Where something was written in a mapping file (1-based line and column).</summary>
public sealed record SourceMark(string File, int Line, int Column)
{
    public static SourceMark None { get; } = new("", 0, 0);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
