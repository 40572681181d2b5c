namespace Graph.Rules;

/// <summary>
/// A title or a pointer to people in a sentence ("وزیر دفاع روسیه", "his American counterpart", "the two
/// leaders", "the Russian guest") with the countries written next to it, before it is tied to a name
/// or resolved.
/// </summary>
internal sealed record TitleGroup(int FirstToken, int LastToken, string? Role, TitleKind Kind, List<string> Countries)
{
    public bool Absorbed { get; set; }

    public bool Plural { get; init; }

    /// <summary>Character span of the title words (without the countries written with them).</summary>
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>The official whose name the title describes, once tied to one.</summary>
    public string? Owner { get; set; }

    /// <summary>Where the owner's name starts (a word index).</summary>
    public int OwnerToken { get; set; }

    public bool Counterpart => Kind == TitleKind.Counterpart;
}
