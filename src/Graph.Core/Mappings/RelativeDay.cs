namespace Graph.Mappings;

/// <summary>A relative day word ("yesterday" = -1, "last night" = -1, "today" = 0) from dates.yaml.</summary>
public sealed record RelativeDay(string Name, int OffsetDays, PhraseSet Phrases);
