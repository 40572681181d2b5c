using Graph.Mappings;
using System.CommandLine;
using System.Globalization;
using Graph.Articles;
using Graph.Cli.Internal;
using Graph.Dates;
using Graph.Extraction;
using Graph.Facts;
using Graph.Gazetteer;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph explain PATH`: what the extraction saw in one article and why it decided as it did; the
/// tool a mapping author uses to fix a miss.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(TimeProvider clock, TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "One article file." };
        var mappings = CommonOptions.Mappings();
        var today = CommonOptions.Today();
        var command = new Command("explain", "Show the cleaned text, language, every phrase and date found, and which rule produced or rejected each contact.")
        {
            path, mappings, today,
        };
        command.SetAction((result, _) =>
        {
            var compiled = MappingSession.Load(result.GetValue(mappings), error);
            if (compiled is null)
            {
                return Task.FromResult(ExitCodes.BadUsage);
            }
            var file = result.GetValue(path)!;
            var raw = ArticleReader.Read(file, ArticleReader.DefaultMaxBytes, out var failure);
            if (raw is null)
            {
                error.WriteLine($"{file}: {failure}");
                return Task.FromResult(ExitCodes.ArticlesFailed);
            }
            var day = CommonOptions.ResolveToday(result.GetValue(today), clock);
            var trace = new Extractor(compiled, day).Trace(raw);
            Print(trace, day, output);
            return Task.FromResult(trace.Result.Failed ? ExitCodes.ArticlesFailed : ExitCodes.Ok);
        });
        return command;
    }

    private static void Print(ArticleTrace trace, DateOnly today, TextWriter output)
    {
        var article = trace.Result.Article;
        output.WriteLine($"article   {article.Id} ({article.Path})");
        output.WriteLine($"language  {article.Lang}");
        output.WriteLine($"published {Day(article.Published)} ({trace.Published?.Source.ToString().ToLowerInvariant() ?? "not found"})");
        foreach (var warning in trace.Result.Warnings)
        {
            output.WriteLine($"warning   {warning}");
        }
        if (trace.Page is null || trace.Text is null || trace.Analysis is null)
        {
            return;
        }
        foreach (var line in trace.Page.DateLines)
        {
            output.WriteLine($"date line {line.Kind.ToString().ToLowerInvariant(),-12} {line.Text}");
        }
        output.WriteLine();
        var picker = new Rules.DatePicker(article.Published, today);
        foreach (var sentence in trace.Sentences)
        {
            output.WriteLine($"[{sentence.Index}] {trace.Text.OriginalSlice(sentence.Span).Trim()}");
            foreach (var mention in sentence.Mentions)
            {
                var words = trace.Text.OriginalSlice(new Text.TextSpan(mention.Start, mention.End - mention.Start));
                output.WriteLine($"      phrase  «{words}» = {string.Join(", ", mention.Entries.Select(Describe))}");
            }
            foreach (var expression in sentence.Dates)
            {
                var words = trace.Text.OriginalSlice(new Text.TextSpan(expression.Start, expression.Length));
                var resolved = picker.Resolve(expression, ContactStatus.Happened);
                output.WriteLine($"      date    «{words}» = {Resolved(resolved)}");
            }
            foreach (var person in trace.Analysis.People[sentence.Index].People)
            {
                output.WriteLine($"      person  {person.OfficialId} ({person.Country}) by {person.How.ToString().ToLowerInvariant()}{(person.Role is null ? "" : ", as " + person.Role)}");
            }
            foreach (var place in trace.Analysis.People[sentence.Index].Places)
            {
                output.WriteLine($"      place   {place.City ?? place.Country} ({place.Country}){(place.Located ? ", located" : "")}");
            }
            foreach (var decision in trace.Analysis.Decisions.Where(d => d.Sentence == sentence.Index))
            {
                output.WriteLine($"      rule    {decision.Trigger}: {decision.Outcome}");
            }
        }
        output.WriteLine();
        output.WriteLine($"contacts after merging: {trace.Result.Contacts.Count}");
        foreach (var contact in trace.Result.Contacts)
        {
            output.WriteLine($"  {ContactTypeNames.Name(contact.Type)} {string.Join(" + ", contact.Participants.Select(p => p.Name))}"
                + (contact.Destination is null ? "" : $" -> {contact.Destination}") + (contact.City is null ? "" : $" in {contact.City}")
                + $", {Day(contact.Date)} ({contact.DatePrecision?.ToString().ToLowerInvariant() ?? "no date"}), {contact.Status.ToString().ToLowerInvariant()}"
                + (contact.Initiator is null ? "" : $", initiated by {contact.Initiator}"));
        }
    }

    private static string Describe(Entry entry) =>
        entry.Kind.ToString().ToLowerInvariant()
        + (entry.Id.Length > 0 ? " " + entry.Id : "")
        + (entry.Country is not null && entry.Country != entry.Id ? " of " + entry.Country : "")
        + (entry.City is not null ? " (" + entry.City + ")" : "")
        + (entry.ContactType is { } type ? " " + ContactTypeNames.Name(type) : "");

    private static string Resolved(ResolvedDate? date) =>
        date is null ? "unresolved (no anchor, or after the publication date)" : $"{Day(date.Date)} ({date.Precision.ToString().ToLowerInvariant()}, {date.Source.ToString().ToLowerInvariant()})";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";
}
