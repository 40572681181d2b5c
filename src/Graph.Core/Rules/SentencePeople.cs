namespace Graph.Rules;

/// <summary>The officials and places one sentence names, in text order.</summary>
public sealed record SentencePeople(IReadOnlyList<PersonRef> People, IReadOnlyList<PlaceRef> Places)
{
    public static SentencePeople Empty { get; } = new([], []);
}
