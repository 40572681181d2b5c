using Graph.Evaluation;
using Graph.Mappings;
using Graph.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Tests.Extraction;

/// <summary>
/// The development set (tests/devset: short articles written for this project, four languages, with
/// gold contacts) scored as `graph score` scores it. The thresholds guard against regressions; the
/// report command prints the full table.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private const double MinimumF1PerLanguage = 0.85;
    private const double MinimumDateAccuracy = 0.8;

    private static readonly Lazy<IReadOnlyList<ArticleScore>> Scores = new(() =>
        CorpusScore.Run(Path.Combine(RepoPaths.Root, "tests", "devset", "articles"), Path.Combine(RepoPaths.Root, "tests", "devset", "gold")));

    [Theory]
    [InlineData("fa")]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("ru")]
    public void Score_DevSetLanguage_MeetsF1AndDateThresholds(string language)
    {
        var scores = Scores.Value.Where(s => s.Lang == language).ToList();
        foreach (var problem in scores.SelectMany(s => s.Problems.Select(p => $"{s.Id}: {p}")))
        {
            output.WriteLine(problem);
        }
        var total = scores.Select(s => s.Total).Aggregate(ContactScore.Zero, ContactScore.Add);
        output.WriteLine($"{language}: P {total.Precision:0.00} R {total.Recall:0.00} F1 {total.F1:0.00} dates {total.DateAccuracy:0.00}");

        Assert.True(scores.Count >= 12, $"only {scores.Count} {language} articles with gold");
        Assert.True(total.F1 >= MinimumF1PerLanguage, $"{language} F1 {total.F1:0.00} < {MinimumF1PerLanguage}");
        Assert.True(total.DateAccuracy >= MinimumDateAccuracy, $"{language} date accuracy {total.DateAccuracy:0.00} < {MinimumDateAccuracy}");
    }

    [Fact]
    public void Score_SecondSet_MeetsF1Threshold()
    {
        // tests/heldout was written blind to the rules (scored 0.81 F1 before any rule had seen it); it is
        // kept as a regression guard now that its misses have been studied.
        var scores = CorpusScore.Run(Path.Combine(RepoPaths.Root, "tests", "heldout", "articles"), Path.Combine(RepoPaths.Root, "tests", "heldout", "gold"));
        var total = scores.Select(s => s.Total).Aggregate(ContactScore.Zero, ContactScore.Add);
        output.WriteLine($"heldout: P {total.Precision:0.00} R {total.Recall:0.00} F1 {total.F1:0.00} dates {total.DateAccuracy:0.00}");

        Assert.Equal(32, scores.Count);
        Assert.True(total.F1 >= MinimumF1PerLanguage, $"F1 {total.F1:0.00} < {MinimumF1PerLanguage}");
    }

    [Fact]
    public void Score_DevSet_CoversEveryContactTypeAndArticlesWithoutContacts()
    {
        var golds = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "devset", "gold")).Select(GoldReader.Read).ToList();

        Assert.True(golds.Count >= 48);
        Assert.All(Enum.GetValues<ContactType>(), type => Assert.Contains(golds, g => g.Contacts.Any(c => c.Type == type)));
        Assert.Contains(golds, g => g.Contacts.Count == 0);
    }

    [Fact]
    public void Score_DevSetNoContactArticles_YieldNoContact()
    {
        var quiet = Scores.Value.Where(s => s.Id.Contains("no_contact", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(quiet);
        Assert.All(quiet, s => Assert.Equal(0, s.Total.FalsePositives));
    }
}
