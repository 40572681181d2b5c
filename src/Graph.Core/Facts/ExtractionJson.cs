using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Mappings;

namespace Graph.Facts;

/// <summary>Writes the extraction contract of DESIGN.md: one JSON object per article, fields in the contract's order.</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Evidence is Persian, Arabic and Russian text: keep it readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJsonLine(ArticleExtraction extraction)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, extraction);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ArticleExtraction extraction)
    {
        var article = extraction.Article;
        writer.WriteStartObject();
        writer.WriteStartObject("article");
        writer.WriteString("id", article.Id);
        writer.WriteString("path", article.Path);
        writer.WriteString("lang", article.Lang);
        WriteDate(writer, "published", article.Published);
        writer.WriteString("sha256", article.Sha256);
        writer.WriteEndObject();
        writer.WriteStartArray("contacts");
        foreach (var contact in extraction.Contacts)
        {
            WriteContact(writer, contact);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var warning in extraction.Warnings)
        {
            writer.WriteStringValue(warning);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter writer, Contact contact)
    {
        writer.WriteStartObject();
        writer.WriteString("type", ContactTypeNames.Name(contact.Type));
        writer.WriteStartArray("participants");
        foreach (var participant in contact.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("id", participant.Id);
            writer.WriteString("name", participant.Name);
            writer.WriteString("country", participant.Country);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("initiator", contact.Initiator);
        writer.WriteString("destination", contact.Destination);
        writer.WriteString("city", contact.City);
        WriteDate(writer, "date", contact.Date);
        writer.WriteString("datePrecision", contact.DatePrecision?.ToString().ToLowerInvariant());
        writer.WriteString("status", contact.Status == ContactStatus.Planned ? "planned" : "happened");
        writer.WriteString("evidence", contact.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } day)
        {
            writer.WriteString(name, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
