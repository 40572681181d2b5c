namespace Graph.Dates;

/// <summary>A run of letters, a run of ASCII digits, or one other non-space character (a line break included).</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
