namespace Graph.Mappings;

/// <summary>
/// Words that stand for the two people last named ("the two leaders", "الوزيران"), and the offices those
/// people hold (empty: any office), so that "the two presidents" skips an adviser named in between.
/// </summary>
public sealed record PairReference(IReadOnlyList<string> Roles, PhraseSet Phrases);
