namespace Graph.Mappings;

/// <summary>
/// contacts.yaml: the trigger phrases per contact type and the cues the rules read around them.
/// <see cref="Talks"/> are type-neutral ("held talks", "رایزنی کردند"): a call when a phone cue is
/// near, otherwise a meeting. <see cref="PhoneCues"/> turn talks into a call. <see cref="InitiatorCues"/>
/// precede the initiator ("at the request of"). <see cref="Reciprocal"/> marks "with each other".
/// <see cref="Negation"/> and <see cref="Hypothetical"/> cancel a contact; <see cref="Planned"/> makes it
/// planned; <see cref="Past"/> marks an earlier event ("last time", "previously"). <see cref="Directed"/>
/// are call verbs whose subject placed the call ("phoned", "позвонил"). <see cref="TalksRemote"/> are
/// talk words that tell of a call when the sentence names no place ("spoke", "поговорили").
/// </summary>
public sealed record ContactMapping(
    IReadOnlyList<ContactRule> Rules,
    PhraseSet Talks,
    PhraseSet PhoneCues,
    PhraseSet InitiatorCues,
    PhraseSet Reciprocal,
    PhraseSet Negation,
    PhraseSet Hypothetical,
    PhraseSet Planned,
    PhraseSet Past,
    PhraseSet Directed,
    PhraseSet? TalksRemote = null);
