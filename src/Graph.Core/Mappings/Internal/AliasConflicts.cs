namespace Graph.Mappings.Internal;

/// <summary>
/// Finds official names that would be ambiguous in text: the same phrase, after normalisation, naming
/// two officials, or naming an official and a country or role.
/// </summary>
internal static class AliasConflicts
{
    public static IEnumerable<MappingError> Find(
        IEnumerable<AliasClaim> officialNames, IEnumerable<AliasClaim> otherPhrases, Func<string, string> normalize)
    {
        var others = new Dictionary<string, AliasClaim>(StringComparer.Ordinal);
        foreach (var claim in otherPhrases)
        {
            others.TryAdd(normalize(claim.Phrase), claim);
        }

        var owners = new Dictionary<string, AliasClaim>(StringComparer.Ordinal);
        foreach (var claim in officialNames)
        {
            var key = normalize(claim.Phrase);
            if (key.Length == 0)
            {
                continue;
            }

            if (others.TryGetValue(key, out var other))
            {
                yield return Conflict(claim, other);
            }
            else if (!owners.TryAdd(key, claim) && owners[key].Owner != claim.Owner)
            {
                yield return Conflict(claim, owners[key]);
            }
        }
    }

    private static MappingError Conflict(AliasClaim claim, AliasClaim first) => new(claim.Mark,
        $"alias '{claim.Phrase}' of {claim.Owner} also names {first.Owner} ('{first.Phrase}' at {Where(first.Mark, claim.Mark)})",
        "an alias must name one thing only; drop it here or use a longer form of the name");

    private static string Where(SourceMark mark, SourceMark from) => mark.File == from.File
        ? $"line {mark.Line}"
        : $"{Path.GetFileName(mark.File)}:{mark.Line}:{mark.Column}";
}
