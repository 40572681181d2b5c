namespace Graph.Mappings;

/// <summary>
/// An office kind from roles.yaml. <see cref="Phrases"/> need a country next to them ("defence
/// minister of Russia"); <see cref="CountryPhrases"/> imply one ("Secretary of State" is American).
/// <see cref="SingleHolder"/>: one holder per country at a time.
/// </summary>
public sealed record RoleMapping(
    string Id,
    string Name,
    bool SingleHolder,
    PhraseSet Phrases,
    PhraseSet Plural,
    IReadOnlyList<CountryRolePhrases> CountryPhrases,
    SourceMark Mark);
