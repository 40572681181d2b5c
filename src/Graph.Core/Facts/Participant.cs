namespace Graph.Facts;

/// <summary>An official taking part in a contact: id, English canonical name, ISO-3 country.</summary>
public sealed record Participant(string Id, string Name, string Country);
