namespace Graph.Mappings;

/// <summary>Everything in mappings/, loaded and validated.</summary>
public sealed record MappingSet(
    IReadOnlyList<CountryMapping> Countries,
    IReadOnlyList<RoleMapping> Roles,
    Lexicon Lexicon,
    IReadOnlyList<OfficialMapping> Officials,
    ContactMapping Contacts,
    SourceMapping Sources,
    DateVocabulary Dates,
    GraphMapping Graph,
    LanguageSettings Languages);
