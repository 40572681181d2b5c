using System.Text;
using System.Xml;
using Graph.Export.Internal;
using Graph.Facts;
using Graph.Mappings;

namespace Graph.Export;

/// <summary>
/// Writes the officials, countries and the edges between them (contacts and offices) as GraphML for
/// Gephi and yEd: every attribute declared as a string <c>key</c>, directed edges, ids
/// <c>n0</c>, <c>n1</c>... (GraphML ids are NMTOKENs, which fact keys are not) with the fact key in the
/// <c>key</c> attribute. Articles are left out as nodes: each edge names its reporting articles in the
/// <c>articles</c> attribute instead. Lists are joined with "; " (articles) or new lines (evidence).
/// </summary>
public static class GraphMlExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly string[] NodeAttributes = ["label", "kind", "key", "name", "country"];
    private static readonly string[] EdgeAttributes = ["type", "key", "date", "datePrecision", "status", "articles", "evidence"];

    public static void Write(GraphSnapshot snapshot, GraphMapping mapping, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.Create(path);
        Write(snapshot, mapping, stream);
    }

    public static void Write(GraphSnapshot snapshot, GraphMapping mapping, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(mapping);
        var names = new GraphNames(mapping);
        var nodes = snapshot.Nodes.Where(node => node.Kind != GraphKinds.Article).ToList();
        var edges = snapshot.Edges.Where(edge => edge.From.Kind != GraphKinds.Article && edge.To.Kind != GraphKinds.Article).ToList();
        var nodeAttributes = Attributes(NodeAttributes, nodes.Select(node => node.Properties));
        var edgeAttributes = Attributes(EdgeAttributes, edges.Select(edge => edge.Properties));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        WriteKeys(writer, "node", "n_", nodeAttributes);
        WriteKeys(writer, "edge", "e_", edgeAttributes);
        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "contacts");
        writer.WriteAttributeString("edgedefault", "directed");
        var ids = new Dictionary<NodeRef, string>();
        foreach (var node in nodes)
        {
            ids[node.Ref] = $"n{ids.Count}";
            var values = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["label"] = PropertyValues.Find(node.Properties, "name") ?? node.Id,
                ["kind"] = names.Label(node.Kind),
                ["key"] = names.NodeId(node.Ref),
            };
            AddProperties(values, node.Properties);
            writer.WriteStartElement("node", Namespace);
            writer.WriteAttributeString("id", ids[node.Ref]);
            WriteData(writer, "n_", nodeAttributes, values);
            writer.WriteEndElement();
        }

        var edgeCount = 0;
        foreach (var edge in edges)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["type"] = names.Type(edge.Kind),
                ["key"] = edge.Key,
                ["articles"] = string.Join("; ", edge.Articles),
                ["evidence"] = edge.Evidence.Count > 0 ? string.Join("\n", edge.Evidence) : null,
            };
            AddProperties(values, edge.Properties);
            writer.WriteStartElement("edge", Namespace);
            writer.WriteAttributeString("id", $"e{edgeCount++}");
            writer.WriteAttributeString("source", ids[edge.From]);
            writer.WriteAttributeString("target", ids[edge.To]);
            WriteData(writer, "e_", edgeAttributes, values);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The fixed attributes first, then every other property name in use, so that keys come before the graph.</summary>
    private static List<string> Attributes(string[] fixedNames, IEnumerable<IReadOnlyDictionary<string, object>> rows) =>
    [
        .. fixedNames,
        .. rows.SelectMany(properties => properties.Keys)
            .Where(name => !fixedNames.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private static void AddProperties(Dictionary<string, string?> values, IReadOnlyDictionary<string, object> properties)
    {
        foreach (var (name, value) in properties)
        {
            values.TryAdd(name, PropertyValues.Text(value, "; "));
        }
    }

    private static void WriteKeys(XmlWriter writer, string domain, string prefix, List<string> attributes)
    {
        foreach (var name in attributes)
        {
            writer.WriteStartElement("key", Namespace);
            writer.WriteAttributeString("id", prefix + name);
            writer.WriteAttributeString("for", domain);
            writer.WriteAttributeString("attr.name", name);
            writer.WriteAttributeString("attr.type", "string");
            writer.WriteEndElement();
        }
    }

    private static void WriteData(XmlWriter writer, string prefix, List<string> attributes, Dictionary<string, string?> values)
    {
        foreach (var name in attributes)
        {
            if (values.TryGetValue(name, out var value) && value is not null)
            {
                writer.WriteStartElement("data", Namespace);
                writer.WriteAttributeString("key", prefix + name);
                writer.WriteString(XmlSafe(value));
                writer.WriteEndElement();
            }
        }
    }

    /// <summary>Scraped text can hold control characters that XML 1.0 cannot carry at all; they are dropped.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i, 2);
                i++;
            }
        }

        return safe.ToString();
    }
}
