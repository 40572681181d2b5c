namespace Graph.Gazetteer;

/// <summary>The words of a text and the phrases found among them, in text order.</summary>
public sealed record GazetteerMatch(IReadOnlyList<Token> Tokens, IReadOnlyList<Mention> Mentions);
