using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Graph.Export.Internal;
using Graph.Mappings;

using Graph.Facts;

namespace Graph.Export;

/// <summary>
/// Writes the graph as CSV files for <c>neo4j-admin database import full</c>: one nodes file per label
/// (<c>id:ID(Official)</c>, <c>:LABEL</c>, properties) and one relationships file per type and pair of
/// labels (<c>:START_ID(Official)</c>, <c>:END_ID(Country)</c>, <c>:TYPE</c>, <c>key</c>, properties,
/// <c>articles:string[]</c>, <c>evidence:string[]</c>), plus <c>import.sh</c> with the command line. A
/// relationship type whose edges end on two labels (MENTIONS: officials and countries) gets one file
/// per pair, because a header names a single id space per column.
/// Dates stay strings cut to their precision (2020, 2020-06, 2020-06-03), as the Neo4j writer stores
/// them and the queries in queries/ read them; a <c>date</c>-typed column would turn 2020 into 2020-01-01.
/// </summary>
public static class Neo4jAdminCsvExporter
{
    public const string ScriptFile = "import.sh";

    /// <summary>Writes the files into <paramref name="folder"/>, first removing CSV files an earlier export left there; returns their paths.</summary>
    public static IReadOnlyList<string> Write(GraphSnapshot snapshot, GraphMapping mapping, string folder)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        var names = new GraphNames(mapping);
        var arrayDelimiter = ArrayDelimiter(snapshot);
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.csv"))
        {
            File.Delete(stale);
        }

        var nodeFiles = new List<string>();
        foreach (var group in snapshot.Nodes.GroupBy(node => names.Label(node.Kind)))
        {
            var label = group.Key;
            var key = names.Key(group.First().Kind);
            var columns = Columns(group.Select(node => node.Properties), exclude: key);
            var name = $"nodes_{label}.csv";
            WriteTable(Path.Combine(folder, name), writer =>
            {
                writer.WriteField($"{key}:ID({label})");
                writer.WriteField(":LABEL");
                WriteHeaders(writer, columns);
                writer.NextRecord();
                foreach (var node in group)
                {
                    writer.WriteField(node.Id);
                    writer.WriteField(label);
                    WriteValues(writer, columns, node.Properties, arrayDelimiter);
                    writer.NextRecord();
                }
            });
            nodeFiles.Add(name);
        }

        var relationshipFiles = new List<string>();
        foreach (var group in snapshot.Edges.GroupBy(edge => (Type: names.Type(edge.Kind), From: names.Label(edge.From.Kind), To: names.Label(edge.To.Kind))))
        {
            var (type, from, to) = group.Key;
            var columns = Columns(group.Select(edge => edge.Properties), exclude: "key");
            var hasEvidence = group.Any(edge => edge.Evidence.Count > 0);
            var name = $"relationships_{type}_{from}_{to}.csv";
            WriteTable(Path.Combine(folder, name), writer =>
            {
                writer.WriteField($":START_ID({from})");
                writer.WriteField($":END_ID({to})");
                writer.WriteField(":TYPE");
                writer.WriteField("key");
                WriteHeaders(writer, columns);
                writer.WriteField("articles:string[]");
                if (hasEvidence)
                {
                    writer.WriteField("evidence:string[]");
                }

                writer.NextRecord();
                foreach (var edge in group)
                {
                    writer.WriteField(edge.From.Id);
                    writer.WriteField(edge.To.Id);
                    writer.WriteField(type);
                    writer.WriteField(edge.Key);
                    WriteValues(writer, columns, edge.Properties, arrayDelimiter);
                    writer.WriteField(string.Join(arrayDelimiter, edge.Articles));
                    if (hasEvidence)
                    {
                        writer.WriteField(string.Join(arrayDelimiter, edge.Evidence));
                    }

                    writer.NextRecord();
                }
            });
            relationshipFiles.Add(name);
        }

        var script = Path.Combine(folder, ScriptFile);
        File.WriteAllText(script, ImportScript.Of(nodeFiles, relationshipFiles, arrayDelimiter), new UTF8Encoding(false));
        return [.. nodeFiles.Concat(relationshipFiles).Select(file => Path.Combine(folder, file)), script];
    }

    /// <summary>
    /// neo4j-admin splits array fields on the delimiter even inside quotes and has no escape for it, so
    /// when any list item holds a ';' the export switches to the unit separator, which text never holds.
    /// </summary>
    internal static char ArrayDelimiter(GraphSnapshot snapshot)
    {
        var items = snapshot.Nodes.SelectMany(node => node.Properties.Values)
            .Concat(snapshot.Edges.SelectMany(edge => edge.Properties.Values))
            .Where(PropertyValues.IsList)
            .SelectMany(PropertyValues.Items)
            .Concat(snapshot.Edges.SelectMany(edge => edge.Articles.Concat(edge.Evidence)));
        return items.Any(item => item.Contains(';', StringComparison.Ordinal)) ? '\u001F' : ';';
    }

    private static List<CsvColumn> Columns(IEnumerable<IReadOnlyDictionary<string, object>> rows, string exclude) =>
    [
        .. rows.SelectMany(properties => properties)
            .Where(pair => pair.Key != exclude)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CsvColumn(group.Key, group.Any(pair => PropertyValues.IsList(pair.Value)))),
    ];

    private static void WriteHeaders(CsvWriter writer, List<CsvColumn> columns)
    {
        foreach (var column in columns)
        {
            writer.WriteField(column.Header);
        }
    }

    private static void WriteValues(CsvWriter writer, List<CsvColumn> columns, IReadOnlyDictionary<string, object> properties, char arrayDelimiter)
    {
        foreach (var column in columns)
        {
            // An empty field leaves the property unset, as the writer leaves out properties without a value.
            writer.WriteField(properties.TryGetValue(column.Name, out var value) ? PropertyValues.Text(value, arrayDelimiter.ToString()) : "");
        }
    }

    private static void WriteTable(string path, Action<CsvWriter> write)
    {
        using var stream = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var writer = new CsvWriter(stream, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        write(writer);
    }
}
