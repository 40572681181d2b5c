namespace Graph.Tests.Support;

/// <summary>What the stub server does instead of answering normally.</summary>
public enum StubFault
{
    ServiceUnavailable,
    DropConnection,
    Hang,
    Deadlock,
    MemoryError,
    Unauthorized,
    SyntaxError,
}
