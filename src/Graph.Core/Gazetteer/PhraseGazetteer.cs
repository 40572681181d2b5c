using Graph.Mappings;
using Graph.Text;

namespace Graph.Gazetteer;

/// <summary>
/// Every phrase of the mappings (officials, countries, cities, roles, triggers, cues) compiled once into
/// one word trie per language, so that a text is searched for all of them in a single pass.
/// </summary>
public sealed class PhraseGazetteer
{
    private readonly Dictionary<Language, PhraseTrie> _tries;

    private PhraseGazetteer(Dictionary<Language, PhraseTrie> tries)
    {
        _tries = tries;
    }

    public static PhraseGazetteer Build(MappingSet set, LanguageSettings languages, Func<string, string> normalize)
    {
        var tries = LanguageCodes.All.ToDictionary(
            language => language,
            language => new PhraseTrie(new TokenVariants(languages.For(language), normalize), normalize));

        void Add(PhraseSet phrases, Entry entry, bool everywhere = false)
        {
            var stem = entry.Kind != EntryKind.Official;
            foreach (var (language, phrase) in phrases.All)
            {
                tries[language].Add(phrase, entry, stem);
                if (everywhere && language == Language.En)
                {
                    foreach (var other in LanguageCodes.All.Where(other => other != Language.En))
                    {
                        tries[other].Add(phrase, entry, stem);
                    }
                }
            }
        }

        foreach (var official in set.Officials)
        {
            Add(official.Names, new Entry(EntryKind.Official, official.Id, official.Country), everywhere: true);
        }
        foreach (var country in set.Countries)
        {
            Add(country.Names, new Entry(EntryKind.Country, country.Id, country.Id));
            Add(country.Adjectives, new Entry(EntryKind.CountryAdjective, country.Id, country.Id));
            Add(country.Metonyms, new Entry(EntryKind.Metonym, country.Id, country.Id));
            foreach (var city in country.Cities)
            {
                Add(city.Names, new Entry(EntryKind.City, country.Id, country.Id, city.Name));
            }
        }
        foreach (var role in set.Roles)
        {
            Add(role.Phrases, new Entry(EntryKind.Role, role.Id));
            Add(role.Plural, new Entry(EntryKind.RolePlural, role.Id));
            foreach (var countryPhrases in role.CountryPhrases)
            {
                Add(countryPhrases.Phrases, new Entry(EntryKind.Role, role.Id, countryPhrases.Country));
            }
        }
        Add(set.Lexicon.Honorifics, new Entry(EntryKind.Honorific));
        Add(set.Lexicon.Counterparts, new Entry(EntryKind.Counterpart));
        Add(languages.ThisCountry, new Entry(EntryKind.ThisCountry));
        Add(languages.BothCountries, new Entry(EntryKind.BothCountries));
        Add(languages.Locatives, new Entry(EntryKind.Locative));
        Add(languages.Directionals, new Entry(EntryKind.Directional));
        foreach (var pair in languages.PairReferences)
        {
            Add(pair.Phrases, new Entry(EntryKind.PairReference, string.Join(',', pair.Roles)));
        }
        Add(languages.PersonReferences, new Entry(EntryKind.PersonReference));
        Add(languages.Conjunctions, new Entry(EntryKind.Conjunction));
        Add(languages.CapitalWords ?? PhraseSet.Empty, new Entry(EntryKind.Capital));

        var contacts = set.Contacts;
        foreach (var rule in contacts.Rules)
        {
            Add(rule.Triggers, new Entry(EntryKind.Trigger, ContactType: rule.Type));
        }
        Add(contacts.Talks, new Entry(EntryKind.Talks));
        Add(contacts.TalksRemote ?? PhraseSet.Empty, new Entry(EntryKind.Talks, "remote"));
        Add(contacts.PhoneCues, new Entry(EntryKind.PhoneCue));
        Add(contacts.InitiatorCues, new Entry(EntryKind.InitiatorCue));
        Add(contacts.Reciprocal, new Entry(EntryKind.Reciprocal));
        Add(contacts.Negation, new Entry(EntryKind.Negation));
        Add(contacts.Hypothetical, new Entry(EntryKind.Hypothetical));
        Add(contacts.Planned, new Entry(EntryKind.Planned));
        Add(contacts.Past, new Entry(EntryKind.Past));
        Add(contacts.Directed, new Entry(EntryKind.Directed));

        foreach (var trie in tries.Values)
        {
            trie.Seal();
        }
        return new PhraseGazetteer(tries);
    }

    public GazetteerMatch Find(string normalizedText, Language language)
    {
        var tokens = Tokenizer.Tokenize(normalizedText);
        var mentions = _tries.TryGetValue(language, out var trie) ? trie.Match(normalizedText, tokens) : [];
        return new GazetteerMatch(tokens, mentions);
    }
}
