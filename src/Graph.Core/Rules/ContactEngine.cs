using Graph.Facts;
using Graph.Gazetteer;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// Runs the rules over an article's sentences: finds the people of each sentence (titles resolved on
/// the sentence's date or the publication date), applies the contact rules, lets an undated contact
/// take the date of a recent sentence about one of its participants, and merges repeated reports.
/// </summary>
public sealed class ContactEngine(Roster roster, LanguageSettings languages)
{
    private const int DateLookBack = 3;

    public ArticleAnalysis Run(
        Text.Language language,
        IReadOnlyList<SentenceView> sentences,
        IReadOnlyList<Token> tokens,
        CountryTrail trail,
        DatePicker dates)
    {
        var finder = new PersonFinder(roster, languages.For(language));
        var people = new List<SentencePeople>(sentences.Count);
        var candidates = new List<ContactCandidate>();
        var decisions = new List<RuleDecision>();
        foreach (var sentence in sentences)
        {
            var day = FirstDate(sentence, dates)?.Date ?? dates.Published;
            var found = finder.Find(sentence, trail, day);
            people.Add(found);
            candidates.AddRange(ContactFinder.Find(sentence, found, candidates, dates, tokens, decisions));
        }
        var dated = candidates.Select(c => Inherit(c, sentences, people, dates)).ToList();
        return new ArticleAnalysis(people, ContactMerger.Merge(dated, dates.Published), decisions);
    }

    private static Dates.ResolvedDate? FirstDate(SentenceView sentence, DatePicker dates) =>
        sentence.Dates.Select(e => dates.Resolve(e, ContactStatus.Happened)).FirstOrDefault(d => d is not null);

    /// <summary>
    /// A happened call, meeting or visit told without a date takes the date of one of the few sentences
    /// before it that speaks of one of its participants ("X said today ... at the start of his meeting
    /// with Y"). Invitations precede what they invite to, and plans have no such anchor.
    /// </summary>
    private static ContactCandidate Inherit(ContactCandidate candidate, IReadOnlyList<SentenceView> sentences,
        IReadOnlyList<SentencePeople> people, DatePicker dates)
    {
        if (candidate.Date is not null || candidate.Type == ContactType.Invitation || candidate.Status == ContactStatus.Planned)
        {
            return candidate;
        }
        var ids = candidate.Participants.Select(p => p.OfficialId).ToHashSet();
        for (var back = 1; back <= DateLookBack && candidate.Sentence - back >= 0; back++)
        {
            var index = candidate.Sentence - back;
            if (!people[index].People.Any(p => ids.Contains(p.OfficialId)))
            {
                continue;
            }
            if (FirstDate(sentences[index], dates) is { } date)
            {
                return candidate with { Date = date };
            }
        }
        return candidate;
    }
}
