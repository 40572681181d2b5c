using Graph.Dates;
using Graph.Facts;
using Graph.Mappings;
using Graph.Tests.Facts;

namespace Graph.Tests.Support;

/// <summary>
/// Facts for the export tests: the shared sample articles plus contacts of every kind and status,
/// a country outside the three, a URL article path and a sentence holding markup. All are real,
/// checkable events (Lavrov in Tehran on 23 June 2022; the White House saying on 19 July 2018 that
/// Trump had invited Putin to Washington; the Alaska summit set for 15 August 2025; Lavrov and
/// Fidan at the Antalya Diplomacy Forum in March 2024), in sentences written for these tests.
/// </summary>
internal static class ExportSamples
{
    public const string Putin = "vladimir-putin";
    public const string Trump = "donald-trump";
    public const string Fidan = "hakan-fidan";

    public const string ScriptBreaker = "Lavrov landed in Tehran on 23 June 2022 <i>photo</i></script><script>document.title='x'</script> for talks.";

    public static Participant PutinP { get; } = new(Putin, "Vladimir Putin", "RUS");

    public static Participant TrumpP { get; } = new(Trump, "Donald Trump", "USA");

    public static Participant FidanP { get; } = new(Fidan, "Hakan Fidan", "TUR");

    public static GraphMapping Mapping => SampleFacts.Roster.Graph;

    /// <summary>Eight contact edges (two visits, four meetings one of them planned, a call told twice, an invitation) between eight officials and countries.</summary>
    public static IReadOnlyList<GraphFacts> Articles { get; } = Build(
    [
        .. SampleFacts.Sample,
        Extraction("en-tehran", "https://news.example.org/2022/06/lavrov-tehran", "en", new DateOnly(2022, 6, 23),
            Contact(ContactType.Visit, [SampleFacts.LavrovP], null, "IRN", new DateOnly(2022, 6, 23), DatePrecision.Day, ContactStatus.Happened, ScriptBreaker)),
        Extraction("en-invite", "articles/en-invite.txt", "en", new DateOnly(2018, 7, 19),
            Contact(ContactType.Invitation, [TrumpP, PutinP], Trump, null, new DateOnly(2018, 7, 19), DatePrecision.Day, ContactStatus.Happened,
                "The White House said on 19 July 2018 that Trump had invited Putin to Washington in the autumn."),
            Contact(ContactType.Meeting, [TrumpP, PutinP], null, null, new DateOnly(2025, 8, 15), DatePrecision.Day, ContactStatus.Planned,
                "Trump and Putin are to meet in Alaska on 15 August 2025.")),
        Extraction("ru-antalya", "articles/ru-antalya.txt", "ru", new DateOnly(2024, 3, 2),
            Contact(ContactType.Meeting, [SampleFacts.LavrovP, FidanP], null, null, new DateOnly(2024, 3, 1), DatePrecision.Month, ContactStatus.Happened,
                "Сергей Лавров встретился с Хаканом Фиданом на Анталийском дипломатическом форуме в марте 2024 года.")),
    ]);

    public static IReadOnlyList<GraphFacts> Build(IEnumerable<ArticleExtraction> extractions) =>
        [.. extractions.Select(extraction => FactBuilder.Build(extraction, SampleFacts.Roster))];

    public static ArticleExtraction Extraction(string id, string path, string lang, DateOnly published, params Contact[] contacts) =>
        SampleFacts.ExtractionOf(id, lang, published, [], contacts) with { Article = new ArticleInfo(id, path, lang, published, $"sha-{id}") };

    public static Contact Contact(
        ContactType type, IReadOnlyList<Participant> participants, string? initiator, string? destination, DateOnly date, DatePrecision precision,
        ContactStatus status, string evidence) =>
        new(type, participants, initiator, destination, null, date, precision, status, evidence);

    /// <summary>One article whose only contact carries <paramref name="evidence"/>: a call between Lavrov and Blinken on 29 July 2022.</summary>
    public static GraphFacts CallWithEvidence(string evidence) =>
        Build([Extraction("en-evidence", "articles/en-evidence.txt", "en", new DateOnly(2022, 7, 29),
            Contact(ContactType.Call, [SampleFacts.LavrovP, SampleFacts.BlinkenP], null, null, new DateOnly(2022, 7, 29), DatePrecision.Day,
                ContactStatus.Happened, evidence))])[0];
}
