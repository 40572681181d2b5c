using Graph.Mappings.Internal;
using Graph.Text;

namespace Graph.Mappings;

/// <summary>
/// The roster audit: checks a loaded (or hand-built) set for the gaps that make officials hard to
/// find or resolve. Every official needs names in all four languages; offices must not overlap; a
/// single-holder office has one holder per country on any day; no official's alias may also name
/// another official, a country (name, adjective, metonym, city) or a role.
/// </summary>
public static class RosterCheck
{
    public static IReadOnlyList<MappingError> Check(MappingSet set, Func<string, string> normalizePhrase)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(normalizePhrase);
        var singleHolderRoles = set.Roles.Where(role => role.SingleHolder).Select(role => role.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. MissingLanguages(set.Officials),
            .. OfficeConflicts.SamePerson(set.Officials),
            .. OfficeConflicts.SingleHolder(set.Officials, singleHolderRoles),
            .. AliasConflicts.Find(OfficialNames(set.Officials), OtherPhrases(set), normalizePhrase),
        ];
    }

    private static IEnumerable<MappingError> MissingLanguages(IEnumerable<OfficialMapping> officials)
    {
        foreach (var official in officials)
        {
            var missing = LanguageCodes.All.Where(language => official.Names.For(language).Count == 0).Select(language => language.ToCode()).ToList();
            if (missing.Count > 0)
            {
                yield return new MappingError(official.Mark,
                    $"official {official.Id} has no names in {string.Join(", ", missing)}",
                    "add the spellings media use in every language: fa, ar, en, ru");
            }
        }
    }

    private static IEnumerable<AliasClaim> OfficialNames(IEnumerable<OfficialMapping> officials) =>
        officials.SelectMany(official => official.Names.All.Select(name => new AliasClaim(name.Phrase, $"official {official.Id}", official.Mark)));

    private static IEnumerable<AliasClaim> OtherPhrases(MappingSet set)
    {
        foreach (var country in set.Countries)
        {
            var owner = $"country {country.Id}";
            var phrases = country.Names.All.Concat(country.Adjectives.All).Concat(country.Metonyms.All)
                .Concat(country.Cities.SelectMany(city => city.Names.All));
            foreach (var (_, phrase) in phrases)
            {
                yield return new AliasClaim(phrase, owner, country.Mark);
            }
        }

        foreach (var role in set.Roles)
        {
            var phrases = role.Phrases.All.Concat(role.Plural.All).Concat(role.CountryPhrases.SelectMany(entry => entry.Phrases.All));
            foreach (var (_, phrase) in phrases)
            {
                yield return new AliasClaim(phrase, $"role {role.Id}", role.Mark);
            }
        }
    }
}
