namespace Graph.Gazetteer;

/// <summary>A word of normalised text: a run of letters and digits.</summary>
public readonly record struct Token(int Start, int Length)
{
    public int End => Start + Length;
}
