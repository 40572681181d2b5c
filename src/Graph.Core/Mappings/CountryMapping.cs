namespace Graph.Mappings;

/// <summary>A country from countries.yaml: names, adjectives, metonyms (Kremlin) and cities.</summary>
public sealed record CountryMapping(
    string Id,
    string Name,
    PhraseSet Names,
    PhraseSet Adjectives,
    PhraseSet Metonyms,
    IReadOnlyList<CityMapping> Cities,
    SourceMark Mark);
