using Graph.Gazetteer;

namespace Graph.Rules;

/// <summary>The country a phrase names: as a country, a metonym ("the Kremlin") or, when asked, an adjective.</summary>
internal static class MentionCountry
{
    public static string? Of(Mention mention, bool adjectives)
    {
        var entry = mention.First(EntryKind.Country) ?? mention.First(EntryKind.Metonym)
            ?? (adjectives ? mention.First(EntryKind.CountryAdjective) : null);
        return entry?.Country;
    }
}
