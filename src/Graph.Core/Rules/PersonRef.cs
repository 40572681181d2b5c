namespace Graph.Rules;

/// <summary>
/// An official a sentence speaks of, by name or through a role, with the tokens that name them and the
/// role they are named in (when the text gives one).
/// </summary>
public sealed record PersonRef(string OfficialId, string Country, int FirstToken, int LastToken, string? Role, PersonSource How);
