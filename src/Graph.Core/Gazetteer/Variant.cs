namespace Graph.Gazetteer;

/// <summary>One lookup form of a text word: a slice of the text, or (rarely) a rewritten string.</summary>
internal readonly record struct Variant(int Start, int Length, string? Rewritten)
{
    public ReadOnlySpan<char> In(string text) => Rewritten is null ? text.AsSpan(Start, Length) : Rewritten.AsSpan();
}
