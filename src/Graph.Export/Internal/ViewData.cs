using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Graph.Facts;

namespace Graph.Export.Internal;

/// <summary>
/// The JSON that graph.html draws: officials and countries that take part in contacts, the contact
/// edges, country names by id and the reporting articles by id. Escaped for an HTML script element: every '&lt;' is
/// written as \u003c, so no sentence can close the element, while Persian and Russian stay readable.
/// </summary>
internal static class ViewData
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Json(GraphSnapshot snapshot, GraphNames names)
    {
        var contacts = snapshot.Edges.Where(edge => GraphKinds.ContactEdges.Contains(edge.Kind)).ToList();
        var involved = contacts.SelectMany(edge => new[] { edge.From, edge.To }).ToHashSet();
        var reporting = contacts.SelectMany(edge => edge.Articles).ToHashSet(StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("nodes");
            foreach (var node in snapshot.Nodes.Where(node => involved.Contains(node.Ref)))
            {
                writer.WriteStartObject();
                writer.WriteString("id", names.NodeId(node.Ref));
                writer.WriteString("kind", node.Kind);
                writer.WriteString("label", PropertyValues.Find(node.Properties, "name") ?? node.Id);
                writer.WriteString("country", node.Kind == GraphKinds.Country ? node.Id : PropertyValues.Find(node.Properties, "country"));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("edges");
            foreach (var edge in contacts)
            {
                writer.WriteStartObject();
                writer.WriteString("id", edge.Key);
                writer.WriteString("type", edge.Kind);
                writer.WriteString("relationship", names.Type(edge.Kind));
                writer.WriteString("source", names.NodeId(edge.From));
                writer.WriteString("target", names.NodeId(edge.To));
                foreach (var name in new[] { "date", "datePrecision", "status", "city" })
                {
                    writer.WriteString(name, PropertyValues.Find(edge.Properties, name));
                }

                var initiator = PropertyValues.Find(edge.Properties, "initiator");
                writer.WriteString("initiator", initiator is null ? null : names.NodeId(new NodeRef(GraphKinds.Official, initiator)));

                WriteList(writer, "evidence", edge.Evidence);
                WriteList(writer, "articles", edge.Articles);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("countries");
            foreach (var node in snapshot.Nodes.Where(node => node.Kind == GraphKinds.Country))
            {
                writer.WriteString(node.Id, PropertyValues.Find(node.Properties, "name") ?? node.Id);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("articles");
            foreach (var node in snapshot.Nodes.Where(node => node.Kind == GraphKinds.Article && reporting.Contains(node.Id)))
            {
                writer.WriteStartObject(node.Id);
                writer.WriteString("path", PropertyValues.Find(node.Properties, "path"));
                writer.WriteString("published", PropertyValues.Find(node.Properties, "published"));
                writer.WriteString("lang", PropertyValues.Find(node.Properties, "lang"));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
