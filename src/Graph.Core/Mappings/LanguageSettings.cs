using Graph.Text;

namespace Graph.Mappings;

/// <summary>
/// languages.yaml: per language, how words attach clitics and inflect, and the words that point back
/// to countries already named ("this country", "the two countries"), and the prepositions that
/// put a city in place ("in Moscow", "در تهران"); <see cref="Directionals"/> mark where a visit goes
/// ("to", "به", "إلى"); <see cref="PairReferences"/> point back to the two people last named ("the two
/// leaders", "الوزيران"); <see cref="PersonReferences"/> with a country adjective point back to the last
/// person of that country ("the Russian guest", "российский лидер"); <see cref="CapitalWords"/> with a
/// country adjective name its capital ("العاصمة الروسية"); <see cref="Abbreviations"/> end with a dot but
/// not a sentence ("Gen.", "Dec.").
/// </summary>
public sealed record LanguageSettings(
    IReadOnlyDictionary<Language, LanguageMorphology> Morphology,
    PhraseSet ThisCountry,
    PhraseSet BothCountries,
    PhraseSet Locatives,
    PhraseSet Directionals,
    IReadOnlyList<PairReference> PairReferences,
    PhraseSet PersonReferences,
    PhraseSet Conjunctions,
    PhraseSet? CapitalWords = null,
    PhraseSet? Abbreviations = null)
{
    /// <summary>No morphology and no reference words: every language compares whole words only.</summary>
    public static LanguageSettings Empty { get; } = new(
        new Dictionary<Language, LanguageMorphology>(), PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, [], PhraseSet.Empty, PhraseSet.Empty);

    public LanguageMorphology For(Language language) =>
        Morphology.TryGetValue(language, out var morphology) ? morphology : new LanguageMorphology([], [], [], [], false, true, true);
}
