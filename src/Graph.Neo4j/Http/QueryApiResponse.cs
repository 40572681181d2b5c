using System.Net;
using System.Text.Json;
using Graph.Loading;

namespace Graph.Neo4j.Http;

/// <summary>
/// Reads a Query API answer. Success only when the HTTP status is below 300 and there is no errors
/// array (servers before 2025.11 answer 202 even for failed statements; later ones set the status);
/// otherwise the last error's code and message are the failure.
/// </summary>
internal static class QueryApiResponse
{
    public static (Neo4jResult Result, string? TransactionId) Read(HttpStatusCode status, byte[] body, string user, string database)
    {
        JsonDocument? document = null;
        try
        {
            if (body.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException) when ((int)status >= 300)
                {
                    // An error page from a proxy or a bare status: the status says enough.
                }
            }

            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var last = errors[errors.GetArrayLength() - 1];
                var code = last.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = last.TryGetProperty("message", out var m) ? m.GetString() : null;
                throw Failure(status, code, message, user, database);
            }

            if ((int)status >= 300)
            {
                throw Failure(status, null, null, user, database);
            }

            return root is { ValueKind: JsonValueKind.Object } ok ? (Result(ok), TransactionId(ok)) : (Neo4jResult.Empty, null);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static Neo4jException Failure(HttpStatusCode status, string? code, string? message, string user, string database)
    {
        var httpStatus = (int)status;
        if (status == HttpStatusCode.Unauthorized || code == "Neo.ClientError.Security.Unauthorized")
        {
            return new Neo4jException(
                $"Neo4j refused the credentials of user '{user}' (HTTP {httpStatus}{(code is null ? "" : ", " + code)}). Check NEO4J_USER and NEO4J_PASSWORD.",
                code,
                httpStatus);
        }

        if (code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            return new Neo4jException(
                $"Neo4j has no database '{database}' ({code}: {message}). Check NEO4J_DATABASE; Community edition has only 'neo4j'.",
                code,
                httpStatus);
        }

        if (code is null)
        {
            return new Neo4jException($"Neo4j answered HTTP {httpStatus} {status}.", null, httpStatus);
        }

        return new Neo4jException($"Neo4j error {code}: {message}", code, httpStatus);
    }

    private static Neo4jResult Result(JsonElement root)
    {
        var fields = new List<string>();
        var values = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(names.EnumerateArray().Select(name => name.GetString() ?? ""));
            }

            if (data.TryGetProperty("values", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                // Clone: the elements must outlive the document.
                values.AddRange(rows.EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)[.. row.EnumerateArray().Select(v => v.Clone())]));
            }
        }

        var counters = root.TryGetProperty("counters", out var found) && found.ValueKind == JsonValueKind.Object
            ? Counters(found)
            : WriteCounters.Zero;
        return new Neo4jResult(fields, values, counters);
    }

    private static WriteCounters Counters(JsonElement counters)
    {
        long Count(string name) =>
            counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

        return new WriteCounters(
            Count("nodesCreated"),
            Count("nodesDeleted"),
            Count("relationshipsCreated"),
            Count("relationshipsDeleted"),
            Count("propertiesSet"),
            Count("labelsAdded"),
            Count("labelsRemoved"),
            Count("indexesAdded"),
            Count("indexesRemoved"),
            Count("constraintsAdded"),
            Count("constraintsRemoved"));
    }

    private static string? TransactionId(JsonElement root) =>
        root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
        && transaction.TryGetProperty("id", out var id) ? id.GetString() : null;
}
