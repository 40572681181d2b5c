namespace Graph.Gazetteer;

/// <summary>
/// A phrase found in normalised text: the tokens it covers [<see cref="FirstToken"/>,
/// <see cref="LastToken"/>], its character span, and every entry the phrase carries.
/// </summary>
public sealed record Mention(int FirstToken, int LastToken, int Start, int End, IReadOnlyList<Entry> Entries)
{
    // Plain loops: the rules ask these questions many times per sentence, and a lambda would allocate each time.
    public bool Has(EntryKind kind) => First(kind) is not null;

    public Entry? First(EntryKind kind)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Kind == kind)
            {
                return Entries[i];
            }
        }
        return null;
    }
}
