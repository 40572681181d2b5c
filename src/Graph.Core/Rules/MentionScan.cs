using Graph.Gazetteer;

namespace Graph.Rules;

/// <summary>The phrases of one sentence with a flag per phrase for "already part of a title", and word gaps that skip honorifics.</summary>
internal sealed class MentionScan
{
    private readonly HashSet<int> _honorificTokens = [];
    private readonly HashSet<int> _titleTokens = [];

    public MentionScan(IReadOnlyList<Mention> mentions)
    {
        Mentions = mentions;
        Used = new bool[mentions.Count];
        foreach (var mention in mentions.Where(m => !m.Has(EntryKind.Official) && (m.Has(EntryKind.Role) || m.Has(EntryKind.Country) || m.Has(EntryKind.CountryAdjective))))
        {
            for (var token = mention.FirstToken; token <= mention.LastToken; token++)
            {
                _titleTokens.Add(token);
            }
        }
        foreach (var mention in mentions.Where(m => m.Has(EntryKind.Honorific) && m.Entries.Count == 1))
        {
            for (var token = mention.FirstToken; token <= mention.LastToken; token++)
            {
                _honorificTokens.Add(token);
            }
        }
    }

    public IReadOnlyList<Mention> Mentions { get; }

    public bool[] Used { get; }

    /// <summary>
    /// Like <see cref="Gap"/>, but a chain of titles and countries also counts as nothing: in "special
    /// envoy of the US president Steve Witkoff" the first title still belongs to the name.
    /// </summary>
    public int TitleGap(int leftLast, int rightFirst)
    {
        var gap = 0;
        for (var token = leftLast + 1; token < rightFirst; token++)
        {
            if (!_honorificTokens.Contains(token) && !_titleTokens.Contains(token))
            {
                gap++;
            }
        }
        return gap;
    }

    /// <summary>How many words stand between two tokens, not counting ranks and honorifics.</summary>
    public int Gap(int leftLast, int rightFirst)
    {
        var gap = 0;
        for (var token = leftLast + 1; token < rightFirst; token++)
        {
            if (!_honorificTokens.Contains(token))
            {
                gap++;
            }
        }
        return gap;
    }
}
