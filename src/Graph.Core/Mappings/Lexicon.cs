namespace Graph.Mappings;

/// <summary>
/// Words around names and roles, from roles.yaml: ranks and honorifics that may precede a name
/// ("ارتشبد", "اللواء", "General"), and "counterpart" words ("همتای", "نظيره", "коллега").
/// </summary>
public sealed record Lexicon(PhraseSet Honorifics, PhraseSet Counterparts);
