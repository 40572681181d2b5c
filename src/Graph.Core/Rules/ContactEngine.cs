using Graph.Facts;
using Graph.Gazetteer;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// Runs the rules over an article's sentences: finds the people of each sentence (titles resolved on
/// the sentence's date or the publication date), applies the contact rules, lets an undated contact
/// take the date of a recent sentence about one of its participants, and merges repeated reports.
/// </summary>
public sealed class ContactEngine(Roster roster, LanguageSettings languages, IReadOnlyDictionary<string, string> capitals)
{
    private const int DateLookBack = 3;

    public ArticleAnalysis Run(
        Text.Language language,
        IReadOnlyList<SentenceView> sentences,
        IReadOnlyList<Token> tokens,
        CountryTrail trail,
        DatePicker dates)
    {
        var morphology = languages.For(language);
        var finder = new PersonFinder(roster, morphology, capitals);
        var people = new List<SentencePeople>(sentences.Count);
        var candidates = new List<ContactCandidate>();
        var decisions = new List<RuleDecision>();
        var everyone = new List<PersonRef>();
        var placeNamed = false;
        foreach (var sentence in sentences)
        {
            var day = FirstDate(sentence, dates)?.Date ?? dates.Published;
            var recent = candidates.LastOrDefault(c => c.Type is ContactType.Call or ContactType.Meeting)?.Participants;
            var found = finder.Find(sentence, trail, day, everyone, recent);
            people.Add(found);
            foreach (var person in found.People)
            {
                everyone.Add(person);
            }
            // Once the story has put its people in a place, "they spoke" tells of talking there, not of a call.
            placeNamed |= found.Places.Any(p => p.Located && p.City is not null);
            var before = candidates.Count;
            foreach (var candidate in ContactFinder.Find(sentence, found, candidates, dates, tokens, decisions, morphology.VerbFinal, morphology.ModifiersBefore, placeNamed))
            {
                candidates.Add(candidate);
            }
            if (candidates.Skip(before).All(c => c.Weak || c.Participants.All(p => p.How == PersonSource.Pair)))
            {
                CarryInitiator(sentence, candidates, before);
            }
        }
        var eventDates = candidates.Where(c => !c.Denied).GroupBy(c => c.Sentence)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.Type, c.Date)).ToList());
        var dated = candidates.Select(c => Inherit(c, sentences, people, dates, eventDates)).ToList();
        return new ArticleAnalysis(people, ContactMerger.Merge(dated, dates.Published), decisions);
    }

    /// <summary>
    /// "The call was made at the request of the American side": a sentence that names who asked but no
    /// participants completes the contact just reported, when it has one participant of that country.
    /// </summary>
    private static void CarryInitiator(SentenceView sentence, List<ContactCandidate> candidates, int before)
    {
        if (before == 0 || candidates[before - 1].Initiator is not null || candidates[before - 1].Denied || sentence.Index - candidates[before - 1].Sentence > 2)
        {
            return;
        }
        var cue = sentence.Mentions.FirstOrDefault(m => m.Has(EntryKind.InitiatorCue));
        if (cue is null)
        {
            return;
        }
        var last = candidates[before - 1];
        if (last.Type is ContactType.Call or ContactType.Meeting
            && ContactFinder.OnSide(last.Participants, ContactFinder.SideAfter(sentence, cue)) is { } initiator)
        {
            candidates[before - 1] = last with { Initiator = initiator };
        }
    }

    private static Dates.ResolvedDate? FirstDate(SentenceView sentence, DatePicker dates) =>
        sentence.Dates.Select(e => dates.Resolve(e, ContactStatus.Happened)).FirstOrDefault(d => d is not null);

    /// <summary>
    /// A happened call, meeting or visit told without a date takes the date of one of the few sentences
    /// before it that speaks of one of its participants ("X said today ... at the start of his meeting
    /// with Y"). Invitations precede what they invite to, and plans have no such anchor.
    /// </summary>
    private static ContactCandidate Inherit(ContactCandidate candidate, IReadOnlyList<SentenceView> sentences,
        IReadOnlyList<SentencePeople> people, DatePicker dates, Dictionary<int, List<(ContactType Type, Dates.ResolvedDate? Date)>> eventDates)
    {
        if (candidate.Date is not null || candidate.Earlier || candidate.Status == ContactStatus.Planned
            || (candidate.Type == ContactType.Invitation && candidate.Participants[1].How == PersonSource.Visitor))
        {
            return candidate;
        }
        var ids = candidate.Participants.Select(p => p.OfficialId).ToHashSet();
        for (var back = 1; back <= DateLookBack && candidate.Sentence - back >= 0; back++)
        {
            var index = candidate.Sentence - back;
            // A sentence before that speaks of one of the participants and reports no other contact ("X said
            // today ..."), or one that reports a contact this one continues ("the talks", "during the call
            // he invited"): then the date is that contact's.
            var events = eventDates.TryGetValue(index, out var found) ? found : [];
            var same = events.FirstOrDefault(e => e.Type == candidate.Type || candidate.Type == ContactType.Invitation);
            if (same.Date is { } eventDate)
            {
                return candidate with { Date = eventDate, DateInherited = true };
            }
            if (events.Count > 0 || !people[index].People.Any(p => ids.Contains(p.OfficialId)))
            {
                continue;
            }
            if (FirstDate(sentences[index], dates) is { } date)
            {
                return candidate with { Date = date, DateInherited = true };
            }
        }
        return candidate;
    }
}
