namespace Graph.Mappings;

/// <summary>A city of a country; <see cref="Capital"/> marks the seat of government.</summary>
public sealed record CityMapping(string Name, bool Capital, PhraseSet Names, SourceMark Mark);
