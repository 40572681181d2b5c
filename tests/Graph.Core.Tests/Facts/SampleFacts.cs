using Graph.Dates;
using Graph.Facts;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Tests.Facts;

/// <summary>
/// A small roster and four extractions about real, checkable contacts (Lavrov and Blinken met in
/// Geneva on 21 January 2022 and spoke by phone on 29 July 2022; Zarif was in Moscow on
/// 30 December 2019), with evidence sentences written for these tests. Shared with Graph.Neo4j.Tests.
/// </summary>
internal static class SampleFacts
{
    public const string Lavrov = "sergey-lavrov";
    public const string Blinken = "antony-blinken";
    public const string Zarif = "javad-zarif";

    public static MappingSet Roster { get; } = new(
        [Country("IRN", "Iran"), Country("RUS", "Russia"), Country("USA", "United States")],
        [],
        new Lexicon(PhraseSet.Empty, PhraseSet.Empty),
        [
            Official(Lavrov, "Sergey Lavrov", "RUS", ("en", "Sergey Lavrov"), ("ru", "Сергей Лавров"), ("fa", "سرگئی لاوروف"), ("ar", "سيرغي لافروف"))
                with { Offices = [Office("foreign_minister", "RUS", new DateOnly(2004, 3, 9), null)] },
            Official(Blinken, "Antony Blinken", "USA", ("en", "Antony Blinken"), ("ru", "Энтони Блинкен"))
                with { Offices = [Office("secretary_of_state", "USA", new DateOnly(2021, 1, 26), new DateOnly(2025, 1, 20))] },
            Official(Zarif, "Mohammad Javad Zarif", "IRN", ("en", "Javad Zarif"), ("fa", "محمدجواد ظریف"))
                with { Offices = [Office("foreign_minister", "IRN", new DateOnly(2013, 8, 15), new DateOnly(2021, 8, 25))] },
        ],
        new ContactMapping([], PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty),
        new SourceMapping(new SiteRules("generic", [], [], [], [], [], SourceMark.None), []),
        new DateVocabulary([], [], [], [], PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty),
        new GraphMapping(
            new Dictionary<string, NodeMapping>
            {
                ["official"] = new("Official", "id", SourceMark.None),
                ["country"] = new("Country", "id", SourceMark.None),
                ["article"] = new("Article", "id", SourceMark.None),
            },
            new Dictionary<string, string>
            {
                ["call"] = "CALLED",
                ["visit"] = "VISITED",
                ["meeting"] = "MET",
                ["invitation"] = "INVITED",
                ["represents"] = "REPRESENTS",
                ["mentions"] = "MENTIONS",
            }),
        LanguageSettings.Empty);

    public static Participant LavrovP { get; } = new(Lavrov, "Sergey Lavrov", "RUS");

    public static Participant BlinkenP { get; } = new(Blinken, "Antony Blinken", "USA");

    public static Participant ZarifP { get; } = new(Zarif, "Mohammad Javad Zarif", "IRN");

    /// <summary>The four articles: a meeting (en), the same call told twice (ru, ar), a visit with a meeting (fa).</summary>
    public static IReadOnlyList<ArticleExtraction> Sample { get; } =
    [
        ExtractionOf("en-geneva", "en", new DateOnly(2022, 1, 21), ["USA", "RUS"],
            Contact(ContactType.Meeting, [LavrovP, BlinkenP], null, null, "Geneva", new DateOnly(2022, 1, 21),
                "Sergey Lavrov and Antony Blinken met in Geneva on 21 January 2022.")),
        ExtractionOf("ru-call", "ru", new DateOnly(2022, 7, 29), ["RUS", "USA"],
            Contact(ContactType.Call, [LavrovP, BlinkenP], Blinken, null, null, new DateOnly(2022, 7, 29),
                "Сергей Лавров и Энтони Блинкен провели телефонный разговор 29 июля 2022 года.")),
        ExtractionOf("ar-call", "ar", new DateOnly(2022, 7, 30), ["RUS"],
            Contact(ContactType.Call, [BlinkenP, LavrovP], null, null, null, new DateOnly(2022, 7, 29),
                "أجرى لافروف وبلينكن اتصالا هاتفيا يوم 29 يوليو 2022.")),
        ExtractionOf("fa-moscow", "fa", new DateOnly(2019, 12, 30), ["IRN", "RUS"],
            Contact(ContactType.Visit, [ZarifP], null, "RUS", "Moscow", new DateOnly(2019, 12, 30),
                "محمدجواد ظریف روز ۳۰ دسامبر ۲۰۱۹ به مسکو سفر کرد."),
            Contact(ContactType.Meeting, [ZarifP, LavrovP], null, null, "Moscow", new DateOnly(2019, 12, 30),
                "ظریف در مسکو با سرگئی لاوروف دیدار کرد.")),
    ];

    public static ArticleExtraction ExtractionOf(string id, string lang, DateOnly? published, IReadOnlyList<string> countries, params Contact[] contacts) =>
        new(
            new ArticleInfo(id, $"articles/{id}.txt", lang, published, $"sha-{id}"),
            contacts,
            [.. contacts.SelectMany(c => c.Participants).Select(p => p.Id).Distinct()],
            countries,
            [],
            Failed: false);

    public static Contact Contact(
        ContactType type, IReadOnlyList<Participant> participants, string? initiator, string? destination, string? city, DateOnly? date, string evidence) =>
        new(type, participants, initiator, destination, city, date, date is null ? null : DatePrecision.Day, ContactStatus.Happened, evidence);

    private static CountryMapping Country(string id, string name) =>
        new(id, name, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, [], SourceMark.None);

    private static Office Office(string role, string country, DateOnly from, DateOnly? to) => new(role, country, from, to, SourceMark.None);

    private static OfficialMapping Official(string id, string name, string country, params (string Lang, string Name)[] names)
    {
        var byLanguage = new Dictionary<Language, IReadOnlyList<string>>();
        foreach (var (lang, spelling) in names)
        {
            if (LanguageCodes.TryParse(lang, out var language))
            {
                byLanguage[language] = [spelling];
            }
        }

        return new OfficialMapping(id, name, country, new PhraseSet(byLanguage), [], SourceMark.None);
    }
}
