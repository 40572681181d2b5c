using System.Text.Json;

namespace Graph.Tests.Support;

/// <summary>One request as the stub server received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Affinity, string? Authorization, string Body)
{
    public JsonElement? Json => Body.Length == 0 ? null : JsonDocument.Parse(Body).RootElement.Clone();

    public string? Statement => Json is { } json && json.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>How many items the request's list parameter (rows or ids) holds.</summary>
    public int ListLength =>
        Json is { } json && json.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().Where(x => x.Value.ValueKind == JsonValueKind.Array).Sum(x => x.Value.GetArrayLength())
            : 0;

    public bool IsWrite => Statement is { } text && !text.StartsWith("MATCH (a:Article) RETURN", StringComparison.Ordinal);
}
