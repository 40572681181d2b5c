namespace Graph.Mappings;

/// <summary>A person from officials.yaml: canonical English name, spellings per language, dated offices.</summary>
public sealed record OfficialMapping(
    string Id,
    string Name,
    string Country,
    PhraseSet Names,
    IReadOnlyList<Office> Offices,
    SourceMark Mark);
