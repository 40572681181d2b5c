namespace Graph.Gazetteer;

/// <summary>
/// A phrase found in normalised text: the tokens it covers [<see cref="FirstToken"/>,
/// <see cref="LastToken"/>], its character span, and every entry the phrase carries.
/// </summary>
public sealed record Mention(int FirstToken, int LastToken, int Start, int End, IReadOnlyList<Entry> Entries)
{
    public int TokenCount => LastToken - FirstToken + 1;

    public bool Has(EntryKind kind) => Entries.Any(entry => entry.Kind == kind);

    public Entry? First(EntryKind kind) => Entries.FirstOrDefault(entry => entry.Kind == kind);
}
