using System.Text.Json;
using Graph.Neo4j;
using Spectre.Console;

namespace Graph.Cli.Internal;

/// <summary>Prints query rows: a Spectre table for people, TSV for scripts. Strings print bare, everything else as JSON.</summary>
internal static class QueryTable
{
    public static void WriteTable(Neo4jResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table();
        foreach (var field in result.Fields)
        {
            table.AddColumn(Markup.Escape(field));
        }
        if (result.Fields.Count > 0)
        {
            foreach (var row in result.Values)
            {
                table.AddRow(row.Select(value => Markup.Escape(Cell(value))).ToArray());
            }
            Terminal.ConsoleFor(output).Write(table);
        }
        output.WriteLine($"{result.Values.Count} row(s)");
    }

    public static void WriteTsv(Neo4jResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Join('\t', result.Fields.Select(Escape)));
        foreach (var row in result.Values)
        {
            output.WriteLine(string.Join('\t', row.Select(value => Escape(Cell(value)))));
        }
    }

    public static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    /// <summary>A tab or line break inside a value would shift the columns of every later field.</summary>
    private static string Escape(string cell) =>
        cell.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
