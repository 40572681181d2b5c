using Graph.Dates;
using Graph.Mappings;

namespace Graph.Facts;

/// <summary>
/// One contact as in the extraction contract. For a visit, <see cref="Participants"/> holds the visitor
/// and <see cref="Destination"/> the country visited; for an invitation the inviter is the initiator.
/// </summary>
public sealed record Contact(
    ContactType Type,
    IReadOnlyList<Participant> Participants,
    string? Initiator,
    string? Destination,
    string? City,
    DateOnly? Date,
    DatePrecision? DatePrecision,
    ContactStatus Status,
    string Evidence);
