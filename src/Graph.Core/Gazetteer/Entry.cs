using Graph.Mappings;

namespace Graph.Gazetteer;

/// <summary>
/// What a matched phrase means. <see cref="Id"/> is the official, country or role id;
/// <see cref="Country"/> the country a city, metonym or country-specific role phrase implies;
/// <see cref="City"/> the English city name; <see cref="ContactType"/> the type a trigger starts.
/// </summary>
public sealed record Entry(
    EntryKind Kind,
    string Id = "",
    string? Country = null,
    string? City = null,
    ContactType? ContactType = null);
