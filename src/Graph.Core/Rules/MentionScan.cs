using Graph.Gazetteer;

namespace Graph.Rules;

/// <summary>
/// The phrases of one sentence with a flag per phrase for "already part of a title", and word gaps
/// that skip honorifics (and, for <see cref="TitleGap"/>, titles and countries). Gaps are answered in
/// constant time from running counts, since the rules ask for many of them in long sentences.
/// </summary>
internal sealed class MentionScan
{
    private readonly int _first;
    private readonly int[] _plain;
    private readonly int[] _untitled;

    public MentionScan(IReadOnlyList<Mention> mentions)
    {
        Mentions = mentions;
        Used = new bool[mentions.Count];
        _first = mentions.Count == 0 ? 0 : mentions[0].FirstToken;
        var last = mentions.Count == 0 ? 0 : mentions[^1].LastToken;
        var length = Math.Max(0, last - _first + 1);
        var honorific = new bool[length];
        var title = new bool[length];
        foreach (var mention in mentions)
        {
            var isHonorific = mention.Has(EntryKind.Honorific) && mention.Entries.Count == 1;
            var isTitle = !mention.Has(EntryKind.Official)
                && (mention.Has(EntryKind.Role) || mention.Has(EntryKind.Country) || mention.Has(EntryKind.CountryAdjective));
            for (var token = mention.FirstToken; token <= mention.LastToken; token++)
            {
                honorific[token - _first] |= isHonorific;
                title[token - _first] |= isTitle;
            }
        }
        _plain = new int[length + 1];
        _untitled = new int[length + 1];
        for (var i = 0; i < length; i++)
        {
            _plain[i + 1] = _plain[i] + (honorific[i] ? 0 : 1);
            _untitled[i + 1] = _untitled[i] + (honorific[i] || title[i] ? 0 : 1);
        }
    }

    public IReadOnlyList<Mention> Mentions { get; }

    public bool[] Used { get; }

    /// <summary>
    /// Like <see cref="Gap"/>, but a chain of titles and countries also counts as nothing: in "special
    /// envoy of the US president Steve Witkoff" the first title still belongs to the name.
    /// </summary>
    public int TitleGap(int leftLast, int rightFirst) => Count(_untitled, leftLast, rightFirst);

    /// <summary>How many words stand between two tokens, not counting ranks and honorifics.</summary>
    public int Gap(int leftLast, int rightFirst) => Count(_plain, leftLast, rightFirst);

    private int Count(int[] running, int leftLast, int rightFirst)
    {
        var from = Math.Clamp(leftLast + 1 - _first, 0, running.Length - 1);
        var to = Math.Clamp(rightFirst - _first, 0, running.Length - 1);
        return to > from ? running[to] - running[from] : 0;
    }
}
