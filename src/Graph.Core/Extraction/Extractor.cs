using Graph.Articles;
using Graph.Dates;
using Graph.Facts;
using Graph.Gazetteer;
using Graph.Rules;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// The pure core: one article's bytes and the compiled mappings in, the article's contacts out.
/// read -> clean -> detect language -> normalise -> split -> find phrases and dates -> resolve -> rules -> merge.
/// </summary>
public sealed class Extractor(CompiledMappings mappings, DateOnly today)
{
    public ArticleExtraction Extract(RawArticle raw) => Trace(raw).Result;

    public ArticleTrace Trace(RawArticle raw)
    {
        var info = new ArticleInfo(ArticleIdentity.IdOf(raw.Path, raw.Bytes), raw.Path, "unknown", null, raw.Sha256 ?? ArticleIdentity.HashOf(raw.Bytes));
        var decoded = ArticleDecoder.Decode(raw.Bytes);
        if (decoded.Text is null)
        {
            return Failed(info, decoded.Failure ?? "could not be decoded");
        }
        var page = mappings.Cleaner.Clean(decoded.Text);
        var language = LanguageDetector.Detect(page.Body);
        if (language == Language.Unknown)
        {
            return Failed(info, "no recognisable language (fa, ar, en, ru)");
        }
        var text = TextNormalizer.Normalize(page.Body);
        var match = mappings.Gazetteer.Find(text.Text, language);
        var dates = mappings.DateFinder.Find(text.Text);
        var sentences = Sentences(text.Text, match, dates, mappings.AbbreviationsFor(language));
        var published = PublicationDateFinder.Find(page, text.Text, dates, mappings.DateFinder, today, mappings.PublicationLabels);
        var picker = new DatePicker(published?.Date, today);
        var trail = new CountryTrail(match.Mentions);
        var analysis = mappings.Engine.Run(language, sentences, match.Tokens, trail, picker);

        var contacts = analysis.Contacts.Select(c => ToContact(c, sentences, text)).ToList();
        var warnings = new List<string>();
        if (published is null)
        {
            warnings.Add("no publication date found: relative dates stay unresolved");
        }
        var officials = analysis.People.SelectMany(p => p.People).Select(p => p.OfficialId).Distinct().ToList();
        var countries = trail.Countries
            .Concat(contacts.SelectMany(c => c.Participants.Select(p => p.Country)))
            .Distinct()
            .ToList();
        var result = new ArticleExtraction(
            info with { Lang = language.ToCode(), Published = published?.Date },
            contacts, officials, countries, warnings, Failed: false);
        return new ArticleTrace(result, page, text, sentences, match.Tokens, analysis, published);
    }

    private static ArticleTrace Failed(ArticleInfo info, string reason) =>
        new(ArticleExtraction.Failure(info, reason), null, null, [], [], null, null);

    /// <summary>The story's sentences, each once: a page that repeats its story yields each sentence a single time.</summary>
    private static List<SentenceView> Sentences(string text, GazetteerMatch match, IReadOnlyList<DateExpression> dates, IReadOnlySet<string> abbreviations)
    {
        var views = new List<SentenceView>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var token = 0;
        var mention = 0;
        var date = 0;
        foreach (var span in SentenceSplitter.Split(text, abbreviations))
        {
            while (token < match.Tokens.Count && match.Tokens[token].Start < span.Start)
            {
                token++;
            }
            var first = token;
            while (token < match.Tokens.Count && match.Tokens[token].End <= span.End)
            {
                token++;
            }
            var mentions = Take(match.Mentions, ref mention, m => m.Start < span.Start, m => m.End <= span.End);
            var expressions = Take(dates, ref date, d => d.Start < span.Start, d => d.Start + d.Length <= span.End);
            if (seen.Add(text.Substring(span.Start, span.Length).Trim()))
            {
                views.Add(new SentenceView(views.Count, span, first, token, mentions, expressions, text));
            }
        }
        return views;
    }

    private static List<T> Take<T>(IReadOnlyList<T> items, ref int index, Func<T, bool> before, Func<T, bool> inside)
    {
        while (index < items.Count && before(items[index]))
        {
            index++;
        }
        var taken = new List<T>();
        while (index < items.Count && inside(items[index]))
        {
            taken.Add(items[index]);
            index++;
        }
        return taken;
    }

    private Contact ToContact(ContactCandidate candidate, IReadOnlyList<SentenceView> sentences, NormalizedText text)
    {
        var participants = candidate.Participants
            .Select(p => mappings.Roster.Official(p.OfficialId))
            .Select(o => new Participant(o.Id, o.Name, o.Country))
            .ToList();
        var evidence = text.OriginalSlice(sentences[candidate.Sentence].Span).Trim();
        return new Contact(candidate.Type, participants, candidate.Initiator, candidate.Destination, candidate.City,
            candidate.Date?.Date, candidate.Date?.Precision, candidate.Status, evidence);
    }
}
