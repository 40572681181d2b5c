using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Graph.Tests.Support;

/// <summary>
/// Just enough of Neo4j's HTTP Query API on 127.0.0.1 for the command line: the discovery document,
/// Basic authentication against one password (401 with Neo4j's error otherwise), and every query
/// answered with <see cref="Fields"/> and <see cref="Rows"/>. Records the statements it was sent.
/// </summary>
internal sealed class QueryApiStub : IDisposable
{
    public const string User = "neo4j";
    public const string Password = "right-horse-battery";

    private static readonly string[] Bookmarks = ["FB:stub"];

    private readonly HttpListener _listener = new();
    private readonly Lock _gate = new();
    private readonly List<string> _statements = [];

    public QueryApiStub()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Uri = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Uri + "/");
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Uri { get; }

    public IReadOnlyList<string> Fields { get; init; } = [];

    public IReadOnlyList<object?[]> Rows { get; init; } = [];

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_gate)
            {
                return [.. _statements];
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                await AnswerAsync(context);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException)
            {
                // The stub is stopping.
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        if (request.HttpMethod == "GET" && request.Url!.AbsolutePath == "/")
        {
            await RespondAsync(context.Response, 200, new { neo4j_version = "5.26.0", neo4j_edition = "community" });
            return;
        }
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            using var body = JsonDocument.Parse(await reader.ReadToEndAsync());
            lock (_gate)
            {
                _statements.Add(body.RootElement.GetProperty("statement").GetString()!);
            }
        }
        if (request.Headers["Authorization"] != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")))
        {
            await RespondAsync(context.Response, 401, new { errors = new[] { new { code = "Neo.ClientError.Security.Unauthorized", message = "The client is unauthorized due to authentication failure." } } });
            return;
        }
        await RespondAsync(context.Response, 202, new { data = new { fields = Fields, values = Rows }, bookmarks = Bookmarks });
    }

    private static async Task RespondAsync(HttpListenerResponse response, int status, object body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }
}
