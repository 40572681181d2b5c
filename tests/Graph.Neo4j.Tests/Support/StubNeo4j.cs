using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Graph.Tests.Support;

/// <summary>
/// A local stand-in for Neo4j's Query API on 127.0.0.1: auto-commit and explicit transactions with
/// the cluster-affinity header, Basic authentication, the discovery document, and injected faults.
/// It records every request and the statements of every committed transaction, and keeps the article
/// hashes that committed writes imply, so that reloads can be checked.
/// </summary>
internal sealed class StubNeo4j : IDisposable
{
    public const string Password = "stub-secret";
    public const string Affinity = "c3R1Yi1tZW1iZXItMQ==";

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<string> _committed = [];
    private readonly Dictionary<string, List<RecordedRequest>> _open = [];
    private readonly List<FaultRule> _faults = [];
    private int _transactions;

    private StubNeo4j(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public string Version { get; set; } = "5.26.0";

    public Dictionary<string, string> Hashes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Statements and parameters of committed work, in commit order.</summary>
    public IReadOnlyList<string> Committed
    {
        get
        {
            lock (_gate)
            {
                return [.. _committed];
            }
        }
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static StubNeo4j Start(int? port = null)
    {
        var stub = Create(port ?? FreePort());
        stub.Listen();
        return stub;
    }

    /// <summary>A stub that refuses connections until <see cref="Listen"/>.</summary>
    public static StubNeo4j Create(int port) => new(port);

    public void Listen()
    {
        lock (_gate)
        {
            if (_listener.IsListening)
            {
                return;
            }

            _listener.Start();
        }

        _ = Task.Run(AcceptAsync);
    }

    public void Inject(StubFault fault, int times = 1, Func<RecordedRequest, bool>? when = null)
    {
        lock (_gate)
        {
            _faults.Add(new FaultRule(fault, times, when ?? (_ => true)));
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
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

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var recorded = new RecordedRequest(request.HttpMethod, request.Url!.AbsolutePath, request.Headers["neo4j-cluster-affinity"], request.Headers["Authorization"], body);
        FaultRule? fault;
        lock (_gate)
        {
            _requests.Add(recorded);
            fault = _faults.FirstOrDefault(rule => rule.Times > 0 && rule.When(recorded));
            if (fault is not null)
            {
                fault.Times--;
            }
        }

        try
        {
            if (fault is not null)
            {
                await FailAsync(context.Response, recorded, fault.Fault);
            }
            else
            {
                var (status, answer, affinity) = Answer(recorded);
                await RespondAsync(context.Response, status, answer, affinity);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client went away (timeout tests) or the stub is stopping.
        }
    }

    private async Task FailAsync(HttpListenerResponse response, RecordedRequest request, StubFault fault)
    {
        DropTransaction(request.Path);
        switch (fault)
        {
            case StubFault.ServiceUnavailable:
                await RespondAsync(response, 503, null, null);
                break;
            case StubFault.DropConnection:
                response.StatusCode = 202;
                response.ContentLength64 = 4096;
                await response.OutputStream.WriteAsync("{\"data\": {\"fie"u8.ToArray());
                await response.OutputStream.FlushAsync();
                response.Abort();
                break;
            case StubFault.Hang:
                await Task.Delay(Timeout.Infinite, _stopping.Token);
                break;
            case StubFault.Deadlock:
                await RespondAsync(response, 202, Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock"), null);
                break;
            case StubFault.MemoryError:
                await RespondAsync(response, 202, Error("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 2.0 MiB would use more than the limit"), null);
                break;
            case StubFault.Unauthorized:
                await RespondAsync(response, 401, Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), null);
                break;
            case StubFault.SyntaxError:
                await RespondAsync(response, 202, Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MERG': expected 'MERGE' (line 2, column 1)"), null);
                break;
        }
    }

    private (int Status, object? Body, string? Affinity) Answer(RecordedRequest request)
    {
        if (request.Method == "GET" && request.Path == "/")
        {
            return (200, new Dictionary<string, object?> { ["neo4j_version"] = Version, ["neo4j_edition"] = "community" }, null);
        }

        if (request.Authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}")))
        {
            return (401, Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), null);
        }

        const string prefix = "/db/neo4j/query/v2";
        if (!request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            var database = request.Path.Split('/')[2];
            return (404, Error("Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{database}'."), null);
        }

        var rest = request.Path[prefix.Length..];
        lock (_gate)
        {
            if (rest.Length == 0)
            {
                Commit([request]);
                return (202, Result(request, null), null);
            }

            if (rest == "/tx")
            {
                var id = $"tx{++_transactions}";
                _open[id] = [request];
                return (202, Result(request, id), Affinity);
            }

            var parts = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (!_open.TryGetValue(parts[1], out var pending) || request.Affinity != Affinity)
            {
                return (404, Error("Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {parts[1]} not found (affinity {request.Affinity ?? "missing"})"), null);
            }

            if (request.Method == "DELETE")
            {
                _open.Remove(parts[1]);
                return (200, new Dictionary<string, object?>(), null);
            }

            if (request.Body.Length > 0)
            {
                pending.Add(request);
            }

            if (parts.Length == 3 && parts[2] == "commit")
            {
                _open.Remove(parts[1]);
                Commit(pending);
            }

            return (202, Result(request, parts.Length == 3 ? null : parts[1]), Affinity);
        }
    }

    private void DropTransaction(string path)
    {
        // A failed statement rolls its transaction back on the server.
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 6 && parts[4] == "tx")
        {
            lock (_gate)
            {
                _open.Remove(parts[5]);
            }
        }
    }

    private void Commit(IEnumerable<RecordedRequest> statements)
    {
        foreach (var request in statements.Where(r => r.IsWrite))
        {
            var json = request.Json!.Value;
            _committed.Add($"{request.Statement}\n{json.GetProperty("parameters").GetRawText()}");
            var parameters = json.GetProperty("parameters");
            if (request.Statement!.Contains("MERGE (n:Article", StringComparison.Ordinal))
            {
                foreach (var row in parameters.GetProperty("rows").EnumerateArray())
                {
                    Hashes[row.GetProperty("id").GetString()!] = row.GetProperty("props").GetProperty("sha256").GetString()!;
                }
            }
            else if (request.Statement.Contains("DETACH DELETE a", StringComparison.Ordinal))
            {
                foreach (var id in parameters.GetProperty("ids").EnumerateArray())
                {
                    Hashes.Remove(id.GetString()!);
                }
            }
        }
    }

    private Dictionary<string, object?> Result(RecordedRequest request, string? transaction)
    {
        var result = new Dictionary<string, object?>();
        if (request.Statement is { } statement && !request.IsWrite)
        {
            result["data"] = new Dictionary<string, object?>
            {
                ["fields"] = new[] { "id", "sha256" },
                ["values"] = Hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => new[] { h.Key, h.Value }).ToList(),
            };
        }
        else
        {
            result["data"] = new Dictionary<string, object?> { ["fields"] = Array.Empty<string>(), ["values"] = Array.Empty<object>() };
            result["counters"] = new Dictionary<string, object?> { ["containsUpdates"] = true, ["propertiesSet"] = request.ListLength };
        }

        result["bookmarks"] = new[] { "FB:stub" };
        if (transaction is not null)
        {
            result["transaction"] = new Dictionary<string, object?> { ["id"] = transaction, ["expires"] = "2024-01-01T00:01:00Z" };
        }

        return result;
    }

    private static Dictionary<string, object?> Error(string code, string message) =>
        new() { ["errors"] = new[] { new Dictionary<string, object?> { ["code"] = code, ["message"] = message } } };

    private static async Task RespondAsync(HttpListenerResponse response, int status, object? body, string? affinity)
    {
        response.StatusCode = status;
        if (affinity is not null)
        {
            response.Headers["neo4j-cluster-affinity"] = affinity;
        }

        var bytes = body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body);
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private sealed class FaultRule(StubFault fault, int times, Func<RecordedRequest, bool> when)
    {
        public StubFault Fault => fault;

        public int Times { get; set; } = times;

        public Func<RecordedRequest, bool> When => when;
    }
}
