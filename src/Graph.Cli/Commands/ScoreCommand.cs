using System.CommandLine;
using System.Globalization;
using Graph.Articles;
using Graph.Cli.Internal;
using Graph.Evaluation;
using Graph.Extraction;
using Graph.Facts;
using Graph.Mappings;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph score ARTICLES GOLD`: extracts every article that has a gold file and prints precision,
/// recall and F1 per language and per contact type, the share of right event dates, and (with
/// --details) every miss and every extra contact.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(TimeProvider clock, TextWriter output, TextWriter error)
    {
        var articles = new Argument<string>("articles") { Description = "Folder of article files." };
        var gold = new Argument<string>("gold") { Description = "Folder of gold YAML files named like the articles." };
        var details = new Option<bool>("--details") { Description = "List every miss, extra contact and wrong date." };
        var mappings = CommonOptions.Mappings();
        var today = CommonOptions.Today();
        var command = new Command("score", "Score the extraction against gold files: precision, recall and F1 per language and contact type.")
        {
            articles, gold, details, mappings, today,
        };
        command.SetAction((result, _) =>
        {
            var compiled = MappingSession.Load(result.GetValue(mappings), error);
            if (compiled is null)
            {
                return Task.FromResult(ExitCodes.BadUsage);
            }
            var extractor = new Extractor(compiled, CommonOptions.ResolveToday(result.GetValue(today), clock));
            var scores = CorpusScorer.Score(extractor, result.GetValue(articles)!, result.GetValue(gold)!);
            Print(scores, result.GetValue(details), output);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void Print(IReadOnlyList<ArticleScore> scores, bool details, TextWriter output)
    {
        output.WriteLine($"{"",-12} {"articles",8} {"tp",4} {"fp",4} {"fn",4} {"P",6} {"R",6} {"F1",6} {"dates",7} {"published",9}");
        foreach (var group in scores.GroupBy(s => s.Lang).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(output, "lang " + group.Key, group.ToList(), group.Select(s => s.Total));
        }
        foreach (var type in Enum.GetValues<ContactType>())
        {
            Row(output, "type " + ContactTypeNames.Name(type), [], scores.Select(s => s.ByType[type]));
        }
        Row(output, "all", scores, scores.Select(s => s.Total));
        if (!details)
        {
            return;
        }
        foreach (var score in scores.Where(s => s.Problems.Count > 0))
        {
            output.WriteLine();
            output.WriteLine(score.Id);
            foreach (var problem in score.Problems)
            {
                output.WriteLine("  " + problem);
            }
        }
    }

    private static void Row(TextWriter output, string label, IReadOnlyList<ArticleScore> articles, IEnumerable<ContactScore> parts)
    {
        var s = parts.Aggregate(ContactScore.Zero, ContactScore.Add);
        var published = articles.Count == 0 ? "" : $"{articles.Count(a => a.PublishedRight)}/{articles.Count}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-12} {(articles.Count == 0 ? "" : articles.Count.ToString(CultureInfo.InvariantCulture)),8} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {s.Precision,6:0.00} {s.Recall,6:0.00} {s.F1,6:0.00} {s.DateAccuracy,7:0.00} {published,9}"));
    }
}
