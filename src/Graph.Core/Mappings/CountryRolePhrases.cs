namespace Graph.Mappings;

/// <summary>Role phrases that name one country's office on their own ("رئیس پنتاگون", "Secretary of State").</summary>
public sealed record CountryRolePhrases(string Country, PhraseSet Phrases, SourceMark Mark);
