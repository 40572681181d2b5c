namespace Graph.Rules;

/// <summary>What a rule did with one trigger in one sentence, for `explain`.</summary>
public sealed record RuleDecision(int Sentence, string Trigger, string Outcome);
