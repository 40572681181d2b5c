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

    public bool Counterpart => Kind == TitleKind.Counterpart;
}
