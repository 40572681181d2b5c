using Graph.Text;

namespace Graph.Mappings;

/// <summary>
/// languages.yaml: per language, how words attach clitics and inflect, and the words that point back
/// to countries already named ("this country", "the two countries"), and the prepositions that
/// put a city in place ("in Moscow", "در تهران").
/// </summary>
public sealed record LanguageSettings(
    IReadOnlyDictionary<Language, LanguageMorphology> Morphology,
    PhraseSet ThisCountry,
    PhraseSet BothCountries,
    PhraseSet Locatives)
{
    public LanguageMorphology For(Language language) =>
        Morphology.TryGetValue(language, out var morphology) ? morphology : new LanguageMorphology([], [], [], false, true, true);
}
