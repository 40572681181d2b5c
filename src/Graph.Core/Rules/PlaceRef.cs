namespace Graph.Rules;

/// <summary>
/// A country or city named as a place (not as part of a title), e.g. a visit's destination.
/// <see cref="Located"/>: a locative preposition stands right before it ("in Moscow"); <see cref="Directed"/>:
/// a directional one ("to Moscow", "به تهران").
/// </summary>
public sealed record PlaceRef(string Country, string? City, int FirstToken, int LastToken, bool Located, bool Directed);
