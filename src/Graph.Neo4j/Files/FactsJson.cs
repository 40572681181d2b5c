using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Neo4j.Files;

/// <summary>JSON settings for facts.jsonl and state.json: camelCase, readable non-Latin text, string-or-list property values.</summary>
internal static class FactsJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new PropertyValueConverter() },
    };

    /// <summary>Fact property values are a string or a list of strings; read them back as such.</summary>
    private sealed class PropertyValueConverter : JsonConverter<object>
    {
        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"a fact property must be a string or a list of strings, not {reader.TokenType}");
            }

            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(reader.GetString() ?? throw new JsonException("a fact property list holds a null"));
            }

            return items;
        }

        public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
        {
            switch (value)
            {
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case IEnumerable<string> items:
                    writer.WriteStartArray();
                    foreach (var item in items)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new JsonException($"a fact property must be a string or a list of strings, not {value.GetType().Name}");
            }
        }
    }
}
