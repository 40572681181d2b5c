using Graph.Loading;

namespace Graph.Neo4j;

/// <summary>
/// A failed exchange with Neo4j. <see cref="Code"/> is the server's status code
/// (Neo.ClientError.Statement.SyntaxError ...) when it sent one; <see cref="HttpStatus"/> the HTTP
/// status when the server answered at all. Transport failures (refused, dropped, timed out) have
/// neither and keep the transport exception as <see cref="Exception.InnerException"/>.
/// Whether to retry is decided in one place: <see cref="Neo4jFailures"/>.
/// </summary>
public sealed class Neo4jException : GraphStoreException
{
    public Neo4jException(string message, string? code = null, int? httpStatus = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public string? Code { get; }

    public int? HttpStatus { get; }

    public bool IsTransport => Code is null && HttpStatus is null;
}
