using Graph.Gazetteer;

namespace Graph.Rules;

/// <summary>Places a sentence names: countries and cities (with the preposition before them), and "the Russian capital".</summary>
internal static class PlaceFinder
{
    /// <summary>"العاصمة الروسية", "the Russian capital": the capital city of the country written next to the word.</summary>
    public static (string Country, string City)? Capital(MentionScan scan, int index, IReadOnlyDictionary<string, string> capitals)
    {
        foreach (var neighbour in new[] { index + 1, index - 1 })
        {
            if (neighbour < 0 || neighbour >= scan.Mentions.Count)
            {
                continue;
            }
            var other = scan.Mentions[neighbour];
            var gap = neighbour > index ? scan.Gap(scan.Mentions[index].LastToken, other.FirstToken) : scan.Gap(other.LastToken, scan.Mentions[index].FirstToken);
            if (gap <= 1 && MentionCountry.Of(other, adjectives: true) is { } country && capitals.TryGetValue(country, out var city))
            {
                scan.Used[neighbour] = true;
                return (country, city);
            }
        }
        return null;
    }

    public static bool Preceded(MentionScan scan, int index, EntryKind kind) =>
        index > 0 && scan.Mentions[index - 1].Has(kind) && scan.Gap(scan.Mentions[index - 1].LastToken, scan.Mentions[index].FirstToken) == 0;

    public static PlaceRef? Place(Mention mention, bool located, bool directed)
    {
        if (mention.First(EntryKind.City) is { } city)
        {
            return new PlaceRef(city.Country!, city.City, mention.FirstToken, mention.LastToken, located, directed);
        }
        return MentionCountry.Of(mention, adjectives: false) is { } country
            ? new PlaceRef(country, null, mention.FirstToken, mention.LastToken, located, directed)
            : null;
    }
}
