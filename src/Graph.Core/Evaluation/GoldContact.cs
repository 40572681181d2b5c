using Graph.Mappings;

namespace Graph.Evaluation;

/// <summary>A contact a gold file expects: participants by English canonical name; optional ones may appear or not.</summary>
public sealed record GoldContact(
    ContactType Type,
    IReadOnlyList<string> Participants,
    string? Initiator,
    string? Destination,
    DateOnly? Date,
    bool Optional,
    string Evidence);
