namespace Graph.Mappings;

/// <summary>Trigger phrases for one contact type, from contacts.yaml.</summary>
public sealed record ContactRule(ContactType Type, PhraseSet Triggers, SourceMark Mark);
