namespace Graph.Rules;

/// <summary>
/// A title in a sentence ("وزیر دفاع روسیه", "his American counterpart") with the countries written
/// next to it, before it is tied to a name or resolved through the roster.
/// </summary>
internal sealed record TitleGroup(int FirstToken, int LastToken, string? Role, bool Counterpart, List<string> Countries)
{
    public bool Absorbed { get; set; }
}
