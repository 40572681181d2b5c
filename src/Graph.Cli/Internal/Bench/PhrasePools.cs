using Graph.Mappings;
using Graph.Text;

namespace Graph.Cli.Internal.Bench;

/// <summary>The phrases of one language that synthetic articles are made of, all taken from the mappings.</summary>
internal sealed record PhrasePools(
    Language Language,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Months)
{
    public bool Usable => Names.Count > 0 && Triggers.Count > 0;

    public static PhrasePools From(MappingSet set, Language language)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new PhrasePools(
            language,
            [.. set.Officials.SelectMany(official => official.Names.For(language))],
            [.. set.Roles.SelectMany(role => role.Phrases.For(language).Concat(role.CountryPhrases.SelectMany(phrases => phrases.Phrases.For(language))))],
            [.. set.Countries.SelectMany(country => country.Names.For(language))],
            [.. set.Countries.SelectMany(country => country.Adjectives.For(language))],
            [.. set.Contacts.Rules.SelectMany(rule => rule.Triggers.For(language))],
            [.. (language == Language.Fa ? set.Dates.SolarHijriMonths : set.Dates.GregorianMonths).SelectMany(month => month.For(language).Take(1))]);
    }
}
