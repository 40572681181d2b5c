namespace Graph.Text;

/// <summary>A half-open range [Start, Start + Length) of characters in some text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
