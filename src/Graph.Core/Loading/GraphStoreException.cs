namespace Graph.Loading;

/// <summary>
/// A store failure that retrying will not fix (bad credentials, a rejected statement, a server that
/// stayed down past the retry budget). The message is meant for the user as it stands.
/// </summary>
public class GraphStoreException : Exception
{
    public GraphStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
