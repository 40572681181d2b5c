using System.Globalization;
using System.Text;
using Graph.Articles;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Cli.Internal.Bench;

/// <summary>
/// Makes benchmark articles on demand, one at a time (never all in memory): HTML pages in the four
/// languages whose sentences follow a few templates of slots (official, role, country, contact
/// trigger, date) filled with phrases from the mappings, wrapped in menus, a script and a footer
/// like a scraped page. The same seed gives the same articles.
/// </summary>
internal sealed class SyntheticArticles
{
    // Slot templates: N name, R role, C country, A country adjective, T trigger, D date. Word order is
    // not a language's, but the extractor's cost is in tokens, phrases and dates, which these carry.
    private static readonly string[][] Templates =
    [
        ["R", "N", "T", "R", "N", "D"],
        ["N", "T", "N", "C", "D"],
        ["A", "R", "N", "T", "C"],
        ["C", "A", "C", "D"],
        ["N", "R", "C", "T"],
    ];

    private readonly IReadOnlyList<PhrasePools> _languages;
    private readonly IReadOnlyList<string> _endMarkers;
    private readonly IReadOnlyList<string> _labels;
    private readonly int _seed;

    public SyntheticArticles(MappingSet set, int seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        _languages = [.. new[] { Language.Fa, Language.Ar, Language.En, Language.Ru }.Select(language => PhrasePools.From(set, language)).Where(pools => pools.Usable)];
        if (_languages.Count == 0)
        {
            throw new ArgumentException("the mappings have no official names and contact triggers to build articles from", nameof(set));
        }
        _endMarkers = set.Sources.Generic.EndMarkers;
        _labels = set.Sources.Generic.PublicationLabels;
        _seed = seed;
    }

    public IReadOnlyList<Language> Languages => [.. _languages.Select(pools => pools.Language)];

    public IEnumerable<RawArticle> Generate(int count)
    {
        var random = new Random(_seed);
        for (var i = 0; i < count; i++)
        {
            var pools = _languages[i % _languages.Count];
            var page = Page(pools, random);
            yield return new RawArticle($"bench/{pools.Language.ToString().ToLowerInvariant()}-{i:D6}.html", Encoding.UTF8.GetBytes(page));
        }
    }

    private string Page(PhrasePools pools, Random random)
    {
        var page = new StringBuilder(8192);
        var direction = pools.Language is Language.Fa or Language.Ar ? "rtl" : "ltr";
        page.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html dir=\"{direction}\"><head><title>{Sentence(pools, random)}</title>");
        page.Append("<script>var slots = [1, 2, 3]; function track(id) { return slots.indexOf(id) >= 0; }</script></head><body><nav><ul>");
        foreach (var country in Pick(pools.Countries, random, 8))
        {
            page.Append("<li><a href=\"/section\">").Append(country).Append("</a></li>");
        }
        page.Append("</ul></nav><article><h1>").Append(Sentence(pools, random)).Append("</h1>");
        if (_labels.Count > 0)
        {
            page.Append("<p class=\"date\">").Append(_labels[random.Next(_labels.Count)]).Append(' ').Append(Date(pools, random)).Append("</p>");
        }
        var paragraphs = random.Next(3, 9);
        for (var p = 0; p < paragraphs; p++)
        {
            page.Append("<p>");
            var sentences = random.Next(2, 6);
            for (var s = 0; s < sentences; s++)
            {
                page.Append(Sentence(pools, random)).Append(". ");
            }
            page.Append("</p>");
        }
        page.Append("</article><aside><ul>");
        for (var related = 0; related < 6; related++)
        {
            page.Append("<li>").Append(Sentence(pools, random)).Append("</li>");
        }
        page.Append("</ul></aside><footer>");
        foreach (var marker in Pick(_endMarkers, random, 3))
        {
            page.Append("<p>").Append(marker).Append("</p>");
        }
        return page.Append("<p>&copy; 2025</p></footer></body></html>").ToString();
    }

    private static string Sentence(PhrasePools pools, Random random)
    {
        var template = Templates[random.Next(Templates.Length)];
        var words = template.Select(slot => slot switch
        {
            "N" => One(pools.Names, random),
            "R" => One(pools.Roles, random),
            "C" => One(pools.Countries, random),
            "A" => One(pools.Adjectives, random),
            "T" => One(pools.Triggers, random),
            _ => Date(pools, random),
        });
        return string.Join(' ', words.Where(word => word.Length > 0));
    }

    private static string Date(PhrasePools pools, Random random) =>
        pools.Months.Count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 29)} {pools.Months[random.Next(pools.Months.Count)]} {(pools.Language == Language.Fa ? random.Next(1395, 1405) : random.Next(2016, 2026))}");

    private static string One(IReadOnlyList<string> pool, Random random) => pool.Count == 0 ? "" : pool[random.Next(pool.Count)];

    private static IEnumerable<string> Pick(IReadOnlyList<string> pool, Random random, int count) =>
        pool.Count == 0 ? [] : Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)]);
}
