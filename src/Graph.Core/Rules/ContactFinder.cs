using Graph.Facts;
using Graph.Gazetteer;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// Applies the contact rules to one sentence: each trigger with the officials of the sentence gives a
/// call, meeting, visit or invitation, unless a negation or hypothetical cue governs it; a planning cue
/// makes it planned; an initiator cue names who asked for it.
/// </summary>
internal static class ContactFinder
{
    private const int CueBefore = 16;
    private const int VerbFinalNegationAfter = 25;
    private const int NegationAfter = 8;
    private const int HypotheticalBefore = 8;
    private const int HypotheticalAfter = 5;
    private const int DestinationWindow = 8;
    private const int PlannedAfter = 4;
    private const int InitiatorGap = 3;
    private const int InviteeWindow = 6;
    private const int SideGap = 1;

    public static IReadOnlyList<ContactCandidate> Find(
        SentenceView sentence,
        SentencePeople people,
        IReadOnlyList<ContactCandidate> earlier,
        DatePicker dates,
        IReadOnlyList<Token> tokens,
        List<RuleDecision> decisions,
        bool verbFinal,
        bool modifiersBefore,
        bool placeNamed)
    {
        if (people.People.Count == 0 || !sentence.Mentions.Any(m => m.Has(EntryKind.Trigger) || m.Has(EntryKind.Talks)))
        {
            return [];
        }
        // Where the verb comes last, "did not" and "refused" stand far after the contact they deny.
        var negationAfter = verbFinal ? VerbFinalNegationAfter : NegationAfter;
        var found = new List<ContactCandidate>();
        var phone = sentence.Mentions.Any(m => m.Has(EntryKind.PhoneCue) || m.Entries.Any(e => e.Kind == EntryKind.Trigger && e.ContactType == ContactType.Call));
        // "X invited Y to a summit / to visit": what is invited to is not reported as held. "At the
        // invitation of X" (an initiator cue) reports a visit or meeting that did take place.
        var activeInvitation = sentence.Mentions.Any(m => m.Entries.Any(e => e.ContactType == ContactType.Invitation) && !m.Has(EntryKind.InitiatorCue));
        var earlierEvent = sentence.Mentions.Any(m => m.Has(EntryKind.Past));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var located = placeNamed || people.Places.Any(p => p.Located);
        var triggers = new List<(Mention Mention, ContactType Type, bool Weak)>();
        foreach (var weakPass in new[] { false, true })
        {
            // Strong triggers first, then talk words, each in text order.
            foreach (var m in sentence.Mentions)
            {
                foreach (var (type, weak) in TypesOf(m, phone, located))
                {
                    if (weak == weakPass)
                    {
                        triggers.Add((m, type, weak));
                    }
                }
            }
        }
        foreach (var (trigger, type, weak) in triggers)
        {
            // "held a call, discussing ...": talk words after a trigger of the same kind tell of that contact.
            if (!weak || !found.Any(c => c.Type == type && !c.Weak && !c.Denied))
            {
                var label = $"{type.ToString().ToLowerInvariant()} trigger at word {trigger.FirstToken - sentence.FirstToken}";
                if (Near(sentence, trigger, EntryKind.Negation, CueBefore, negationAfter) || Near(sentence, trigger, EntryKind.Hypothetical, HypotheticalBefore, HypotheticalAfter))
                {
                    decisions.Add(new RuleDecision(sentence.Index, label, "rejected: negated or hypothetical"));
                    if (type is ContactType.Call or ContactType.Meeting)
                    {
                        found.AddRange(Encounter(type, sentence, people, trigger, null, ContactStatus.Happened, weak, tokens)
                            .Select(c => c with { Denied = true }));
                    }
                    continue;
                }
                if (type is ContactType.Visit or ContactType.Meeting && activeInvitation)
                {
                    decisions.Add(new RuleDecision(sentence.Index, label, "rejected: it is what an invitation asks for"));
                    continue;
                }
                var status = Near(sentence, trigger, EntryKind.Planned, CueBefore, verbFinal ? negationAfter : PlannedAfter) ? ContactStatus.Planned : ContactStatus.Happened;
                var date = dates.Pick(sentence, trigger.FirstToken, tokens, status, earlierEvent);
                var candidates = type switch
                {
                    ContactType.Visit => Visits(sentence, people, trigger, date, status, modifiersBefore),
                    ContactType.Invitation => Invitations(sentence, people, trigger, date, status, earlier.Concat(found).ToList()),
                    _ => Encounter(type, sentence, people, trigger, date, status, weak, tokens),
                };
                // One contact per kind and people in a sentence, whichever of its triggers found it first.
                candidates = candidates
                    .Where(c => seen.Add($"{c.Type}|{string.Join('|', c.Participants.Select(p => p.OfficialId).Order(StringComparer.Ordinal))}|{c.Destination}|{c.Date?.Date}"))
                    .Select(c => c with { Earlier = earlierEvent })
                    .ToList();
                decisions.Add(new RuleDecision(sentence.Index, label, candidates.Count > 0
                    ? $"contact: {string.Join(", ", candidates.Select(c => string.Join(" + ", c.Participants.Select(p => p.OfficialId)) + (c.Destination is null ? "" : " -> " + c.Destination)))} ({status.ToString().ToLowerInvariant()}{(earlierEvent ? ", an earlier event" : "")})"
                    : "no contact: not enough officials of different countries (or no destination)"));
                found.AddRange(candidates);
            }
        }
        return found;
    }

    /// <summary>
    /// The contact types a phrase starts: its triggers; else, for talk words, a call when the sentence
    /// speaks of a phone (or, for words such as "spoke", names no place) and otherwise a weak meeting.
    /// </summary>
    private static List<(ContactType Type, bool Weak)> TypesOf(Mention mention, bool phone, bool placeNamed)
    {
        var types = new List<(ContactType, bool)>(1);
        var talks = false;
        var remote = false;
        foreach (var entry in mention.Entries)
        {
            if (entry.Kind == EntryKind.Trigger && entry.ContactType is { } type)
            {
                types.Add((type, false));
            }
            talks |= entry.Kind == EntryKind.Talks;
            remote |= entry.Kind == EntryKind.Talks && entry.Id == "remote";
        }
        if (types.Count == 0 && talks)
        {
            types.Add(phone ? (ContactType.Call, false) : remote && !placeNamed ? (ContactType.Call, true) : (ContactType.Meeting, true));
        }
        return types;
    }

    private static bool Near(SentenceView sentence, Mention trigger, EntryKind cue, int before, int after)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.LastToken >= trigger.FirstToken - before && m.FirstToken <= trigger.LastToken + after && m.Has(cue))
            {
                return true;
            }
        }
        return false;
    }

    private static List<ContactCandidate> Encounter(ContactType type, SentenceView sentence, SentencePeople people, Mention trigger,
        Dates.ResolvedDate? date, ContactStatus status, bool weak, IReadOnlyList<Token> tokens)
    {
        var participants = Participants(sentence, tokens, people.People, trigger);
        if (participants.Count < 2)
        {
            return [];
        }
        var city = type == ContactType.Meeting ? people.Places.FirstOrDefault(p => p.City is not null && p.Located) : null;
        var initiator = Initiator(sentence, participants)
            ?? (trigger.Has(EntryKind.Directed) ? participants.LastOrDefault(p => p.LastToken < trigger.FirstToken)?.OfficialId : null);
        return [new ContactCandidate(type, participants, initiator, null, city?.City, date, status,
            sentence.Index, trigger.FirstToken, weak, city?.Country)];
    }

    /// <summary>
    /// The two people nearest the trigger who are of different countries, and anyone written in a list
    /// with one of them ("X and Y"); people named elsewhere in the sentence (who set a deadline, who
    /// spoke of it) are not parties to it.
    /// </summary>
    private static List<PersonRef> Participants(SentenceView sentence, IReadOnlyList<Token> tokens, IReadOnlyList<PersonRef> people, Mention trigger)
    {
        if (people.Select(p => p.Country).Distinct().Count() < 2)
        {
            return [];
        }
        var byDistance = people.OrderBy(p => Distance(p.FirstToken, p.LastToken, trigger)).ToList();
        var first = byDistance[0];
        var second = byDistance.First(p => p.Country != first.Country);
        var chosen = new List<PersonRef> { first, second };
        foreach (var person in people.Where(p => !chosen.Contains(p)))
        {
            if (chosen.Any(c => Listed(sentence, tokens, c, person) || Listed(sentence, tokens, person, c)))
            {
                chosen.Add(person);
            }
        }
        return chosen.OrderBy(p => p.FirstToken).ToList();
    }

    /// <summary>"A and B", "A وB": the right one is written in a list with the left one (a comma alone is not enough: it also sets off a clause).</summary>
    private static bool Listed(SentenceView sentence, IReadOnlyList<Token> tokens, PersonRef left, PersonRef right)
    {
        if (right.FirstToken <= left.LastToken)
        {
            return false;
        }
        var between = right.FirstToken - left.LastToken - 1;
        if (between == 0)
        {
            var gap = sentence.Source.AsSpan(tokens[left.LastToken].End, tokens[right.FirstToken].Start - tokens[left.LastToken].End);
            return !gap.ContainsAny(',', '،');
        }
        return between == 1 && sentence.Mentions.Any(m => m.FirstToken == left.LastToken + 1 && m.LastToken == left.LastToken + 1 && m.Has(EntryKind.Conjunction));
    }

    private static int Distance(int first, int last, Mention trigger) =>
        last < trigger.FirstToken ? trigger.FirstToken - last : first > trigger.LastToken ? first - trigger.LastToken : 0;

    private static List<ContactCandidate> Visits(SentenceView sentence, SentencePeople people, Mention trigger,
        Dates.ResolvedDate? date, ContactStatus status, bool modifiersBefore)
    {
        // Where a visit goes: a place after the trigger ("visited Moscow", "وارد تهران شد") or one marked
        // as a direction on either side ("به تهران سفر کرد", "в Москву прибыл"), nearest first.
        var candidates = people.Places
            .Where(place => people.People.Any(p => p.Country != place.Country))
            .Where(place => Distance(place.FirstToken, place.LastToken, trigger) <= DestinationWindow
                && (place.FirstToken > trigger.LastToken || place.Directed || (modifiersBefore && place.LastToken == trigger.FirstToken - 1)))
            .ToList();
        var destination = candidates
            // "to Tehran" first; then "a Russia visit"; then the nearest place after the trigger.
            .OrderByDescending(place => place.Directed)
            .ThenByDescending(place => place.LastToken == trigger.FirstToken - 1)
            .ThenBy(place => Distance(place.FirstToken, place.LastToken, trigger))
            .FirstOrDefault();
        // "arrived in Moscow for a visit to Russia": the country decides, the city named with it is kept.
        destination = destination is { City: null } ? candidates.FirstOrDefault(p => p.City is not null && p.Country == destination.Country) ?? destination : destination;
        if (destination is null)
        {
            return [];
        }
        return people.People
            .Where(p => p.Country != destination.Country)
            .Take(1)
            .Select(visitor => new ContactCandidate(ContactType.Visit, [visitor], null, destination.Country, destination.City, date, status,
                sentence.Index, trigger.FirstToken, false))
            .ToList();
    }

    private static List<ContactCandidate> Invitations(SentenceView sentence, SentencePeople people, Mention trigger,
        Dates.ResolvedDate? date, ContactStatus status, IReadOnlyList<ContactCandidate> earlier)
    {
        // An invitation names who invites whom; "the two ministers agreed on calling for ..." does not.
        var named = people.People.Where(p => p.How != PersonSource.Pair).ToList();
        if (named.Count == 0)
        {
            return [];
        }
        var inviterId = Initiator(sentence, named) ?? named[0].OfficialId;
        var inviter = named.First(p => p.OfficialId == inviterId);
        // "X invited Y": the guest stands next to the verb; "X called on Russia to ..." invites no one.
        var byCue = trigger.Has(EntryKind.InitiatorCue);
        var invitees = named.Where(p => p.Country != inviter.Country && (byCue || Distance(p.FirstToken, p.LastToken, trigger) <= InviteeWindow)).ToList();
        var visitWord = sentence.Mentions.Any(m => m.First(EntryKind.Trigger)?.ContactType == ContactType.Visit);
        if (invitees.Count == 0 && visitWord)
        {
            // "This visit was at the invitation of X": the guest is the visitor of the visit already reported.
            var visit = earlier.LastOrDefault(c => c.Type == ContactType.Visit && c.Participants[0].Country != inviter.Country);
            if (visit is not null)
            {
                invitees.Add(visit.Participants[0] with { How = PersonSource.Visitor });
            }
        }
        var city = people.Places.FirstOrDefault(p => p.City is not null && p.Located);
        return invitees
            .Select(invitee => new ContactCandidate(ContactType.Invitation, [inviter, invitee], inviter.OfficialId, null, city?.City,
                date, status, sentence.Index, trigger.FirstToken, false))
            .ToList();
    }

    /// <summary>The country an initiator cue names right after it ("at the request of the American side").</summary>
    internal static string? SideAfter(SentenceView sentence, Mention cue) =>
        sentence.Mentions
            .Where(m => m.FirstToken > cue.LastToken && m.FirstToken - cue.LastToken - 1 <= SideGap)
            .Select(m => (m.First(EntryKind.CountryAdjective) ?? m.First(EntryKind.Country))?.Country)
            .FirstOrDefault(c => c is not null);

    /// <summary>The one participant of that country, if there is exactly one.</summary>
    internal static string? OnSide(IReadOnlyList<PersonRef> participants, string? country)
    {
        var side = participants.Where(p => p.Country == country).ToList();
        return side.Count == 1 ? side[0].OfficialId : null;
    }

    /// <summary>The official an initiator cue points at: a person right after it, or the participant of the country it names ("the American side").</summary>
    private static string? Initiator(SentenceView sentence, IReadOnlyList<PersonRef> participants)
    {
        foreach (var cue in sentence.Mentions.Where(m => m.Has(EntryKind.InitiatorCue)))
        {
            if (OnSide(participants, SideAfter(sentence, cue)) is { } side)
            {
                return side;
            }
            var person = participants.FirstOrDefault(p => p.FirstToken > cue.LastToken && p.FirstToken - cue.LastToken - 1 <= InitiatorGap);
            if (person is not null)
            {
                return person.OfficialId;
            }
        }
        return null;
    }
}
