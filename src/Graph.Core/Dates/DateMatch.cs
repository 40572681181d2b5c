namespace Graph.Dates;

/// <summary>A vocabulary phrase found at a token; <see cref="Next"/> is the index of the token after it.</summary>
internal readonly record struct DateMatch(DateWord Word, int Next);
