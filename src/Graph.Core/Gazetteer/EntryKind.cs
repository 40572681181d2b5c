namespace Graph.Gazetteer;

/// <summary>What a phrase in the mappings stands for.</summary>
public enum EntryKind
{
    Official,
    Country,
    CountryAdjective,
    Metonym,
    City,
    Role,
    RolePlural,
    Honorific,
    Counterpart,
    ThisCountry,
    BothCountries,
    Locative,
    Directional,
    PairReference,
    PersonReference,
    Directed,
    Conjunction,
    Capital,
    Trigger,
    Talks,
    PhoneCue,
    InitiatorCue,
    Reciprocal,
    Negation,
    Hypothetical,
    Planned,
    Past,
}
