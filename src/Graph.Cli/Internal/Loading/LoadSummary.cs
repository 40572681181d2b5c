using System.Globalization;
using Graph.Loading;
using Spectre.Console;

namespace Graph.Cli.Internal.Loading;

/// <summary>
/// The end-of-run summary: what was read, skipped as unchanged, failed (with reasons) and written,
/// contacts by type, and what the store counted. A table on a terminal, aligned plain text otherwise.
/// </summary>
internal static class LoadSummary
{
    public static IReadOnlyList<(string Label, string Value)> Rows(LoadReport report, int inputs, string target)
    {
        ArgumentNullException.ThrowIfNull(report);
        var counters = report.Counters;
        var rows = new List<(string, string)>
        {
            ("target", target),
            ("inputs", Number(inputs)),
            ("read", Number(report.Read)),
            ("skipped as unchanged", Number(report.SkippedUnchanged)),
            ("failed", Number(report.Failed.Count)),
            ("written", Number(report.Written)),
            ("contacts", report.ContactsByType.Count == 0
                ? "none"
                : string.Join(", ", report.ContactsByType.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {Number(pair.Value)}"))),
            ("nodes", $"{Number(counters.NodesCreated)} created, {Number(counters.NodesDeleted)} deleted"),
            ("relationships", $"{Number(counters.RelationshipsCreated)} created, {Number(counters.RelationshipsDeleted)} deleted"),
            ("properties set", Number(counters.PropertiesSet)),
        };
        if (report.Pruned.Count > 0)
        {
            rows.Add(("pruned", Number(report.Pruned.Count)));
        }
        if (Outcome(report, inputs) is { } outcome)
        {
            rows.Add(("outcome", outcome));
        }
        return rows;
    }

    /// <summary>What was and was not written when the run did not finish; null when it did.</summary>
    public static string? Outcome(LoadReport report, int inputs)
    {
        ArgumentNullException.ThrowIfNull(report);
        var pending = report.Read - report.SkippedUnchanged - report.Failed.Count - report.Written;
        var unread = Math.Max(inputs - report.Read, 0);
        var what = $"{Number(report.Written)} article(s) written; {Number(pending)} read but not written (they load on the next run); {Number(unread)} input(s) not read";
        return report.Aborted is not null ? $"stopped, the store failed: {what}"
            : report.Cancelled ? $"stopped on request: {what}"
            : null;
    }

    public static void Write(LoadReport report, int inputs, string target, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = Rows(report, inputs, target);
        if (Terminal.IsInteractive(output))
        {
            var table = new Table().AddColumn("load").AddColumn(new TableColumn("").RightAligned());
            foreach (var (label, value) in rows)
            {
                table.AddRow(Markup.Escape(label), Markup.Escape(value));
            }
            var console = Terminal.ConsoleFor(output);
            console.Write(table);
            foreach (var failure in report.Failed)
            {
                console.MarkupLine($"[red]failed[/] {Markup.Escape(failure.Path)}: {Markup.Escape(failure.Reason)}");
            }
            return;
        }
        var width = rows.Max(row => row.Label.Length);
        foreach (var (label, value) in rows)
        {
            output.WriteLine($"{label.PadRight(width)}  {value}");
        }
        foreach (var failure in report.Failed)
        {
            output.WriteLine($"failed  {failure.Path}: {failure.Reason}");
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
