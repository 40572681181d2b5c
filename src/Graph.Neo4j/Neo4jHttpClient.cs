using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Neo4j.Http;

namespace Graph.Neo4j;

/// <summary>
/// Neo4j's HTTP Query API (written for 5.26 LTS and 2025.x: /db/{database}/query/v2, explicit
/// transactions under /query/v2/tx, which arrived in 5.26). One statement per request; no retries
/// here: the store wraps whole units of work in the resilience pipeline, because retrying one
/// statement of an open transaction would be wrong.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly Version MinimumVersion = new(5, 26);

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly AuthenticationHeaderValue _authorization;

    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _options = options;
        // The per-request timeout is ours (it must tell a timeout from the caller's cancellation).
        _http = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    public Neo4jOptions Options => _options;

    /// <summary>Runs one statement in its own (auto-commit) transaction.</summary>
    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var (result, _, _) = await SendAsync(HttpMethod.Post, "", statement, parameters, null, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// A transaction that opens with its first statement and commits with its last, so that a unit of
    /// n statements costs n requests.
    /// </summary>
    public Neo4jTransaction BeginTransaction() => new(this);

    /// <summary>GET / (no authentication): the discovery document with the server's version and edition.</summary>
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken)
    {
        var body = await ExchangeAsync(HttpMethod.Get, new Uri(_options.Uri, "/"), null, null, authorize: false, cancellationToken).ConfigureAwait(false);
        if ((int)body.Status >= 300)
        {
            throw new Neo4jException($"Neo4j's discovery document at {_options.Uri} answered HTTP {(int)body.Status}.", null, (int)body.Status);
        }

        try
        {
            using var document = JsonDocument.Parse(body.Bytes);
            var root = document.RootElement;
            return new ServerInfo(Text(root, "neo4j_version"), Text(root, "neo4j_edition"));
        }
        catch (JsonException exception)
        {
            throw new Neo4jException($"{_options.Uri} did not answer with Neo4j's discovery document; is NEO4J_URI the HTTP port (7474)?", null, (int)body.Status, exception);
        }
    }

    /// <summary>Fails with a clear message when the server is older than 5.26; unknown versions (Aura) pass.</summary>
    public async Task<ServerInfo> VerifyServerAsync(CancellationToken cancellationToken)
    {
        var info = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        if (ParseVersion(info.Version) is { } version && version < MinimumVersion)
        {
            throw new Neo4jException(
                $"Neo4j {info.Version} is older than 5.26, the first version with the Query API's explicit transactions. Upgrade the server.");
        }

        return info;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>"5.26.3" -> 5.26, "2025.10.1" -> 2025.10 (calendar versions all postdate 5.26).</summary>
    internal static Version? ParseVersion(string? text)
    {
        var parts = text?.Split('.', '-');
        return parts is { Length: >= 2 }
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? new Version(major, minor)
            : null;
    }

    internal async Task<(Neo4jResult Result, string? TransactionId, string? Affinity)> SendAsync(
        HttpMethod method,
        string path,
        string? statement,
        IReadOnlyDictionary<string, object?>? parameters,
        string? affinity,
        CancellationToken cancellationToken)
    {
        var uri = new Uri(_options.Uri, $"/db/{Uri.EscapeDataString(_options.Database)}/query/v2{path}");
        var body = statement is null ? null : Body(statement, parameters);
        var response = await ExchangeAsync(method, uri, body, affinity, authorize: true, cancellationToken).ConfigureAwait(false);
        var (result, transactionId) = QueryApiResponse.Read(response.Status, response.Bytes, _options.User, _options.Database);
        return (result, transactionId, response.Affinity ?? affinity);
    }

    private async Task<Exchange> ExchangeAsync(
        HttpMethod method, Uri uri, byte[]? body, string? affinity, bool authorize, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (authorize)
        {
            request.Headers.Authorization = _authorization;
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var returned = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Exchange(response.StatusCode, bytes, returned);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(
                $"Neo4j at {_options.Uri} did not answer within {_options.RequestTimeout.TotalSeconds:0.###} s.",
                innerException: new TimeoutException(exception.Message, exception));
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new Neo4jException(
                $"Cannot reach Neo4j at {_options.Uri}: {exception.Message} Is the server running and NEO4J_URI right?",
                innerException: exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new Neo4jException(
                $"The connection to Neo4j at {_options.Uri} broke before the answer was complete: {exception.Message}",
                innerException: exception);
        }
    }

    private static byte[] Body(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonValues.WriterOptions))
        {
            // statement first: some servers were sensitive to the field order.
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WritePropertyName("parameters");
            JsonValues.Write(writer, parameters ?? new Dictionary<string, object?>());
            writer.WriteBoolean("includeCounters", true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private sealed record Exchange(HttpStatusCode Status, byte[] Bytes, string? Affinity);
}
