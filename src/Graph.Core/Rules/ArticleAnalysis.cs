namespace Graph.Rules;

/// <summary>What the rules made of one article: the people of each sentence, the merged contacts, and every rule decision.</summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<SentencePeople> People,
    IReadOnlyList<ContactCandidate> Contacts,
    IReadOnlyList<RuleDecision> Decisions);
