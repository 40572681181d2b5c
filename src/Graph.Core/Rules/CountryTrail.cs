using Graph.Gazetteer;

namespace Graph.Rules;

/// <summary>
/// Every country an article has named so far, in order, so that "this country" and "the two countries"
/// can point back to them.
/// </summary>
public sealed class CountryTrail
{
    private readonly List<(int Token, string Country)> _mentions = [];

    public CountryTrail(IEnumerable<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            var entry = mention.Entries.FirstOrDefault(e => e.Kind is EntryKind.Country or EntryKind.CountryAdjective or EntryKind.Metonym or EntryKind.City);
            if (entry?.Country is { } country)
            {
                _mentions.Add((mention.FirstToken, country));
            }
        }
    }

    /// <summary>Every country the article names, once each, in the order first named.</summary>
    public IEnumerable<string> Countries => _mentions.Select(mention => mention.Country).Distinct();

    /// <summary>The last <paramref name="count"/> distinct countries named before a word, latest first.</summary>
    public IReadOnlyList<string> Before(int token, int count)
    {
        var found = new List<string>();
        for (var i = _mentions.Count - 1; i >= 0 && found.Count < count; i--)
        {
            if (_mentions[i].Token < token && !found.Contains(_mentions[i].Country))
            {
                found.Add(_mentions[i].Country);
            }
        }
        return found;
    }
}
