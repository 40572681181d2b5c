using Microsoft.Extensions.Logging;

namespace Graph.Cli.Internal;

/// <summary>
/// A console logger over the tool's error writer (standard error in the process, a StringWriter in
/// tests): one line per message, level first, secrets masked. The stock console logger writes to
/// System.Console directly and could not be captured or masked.
/// </summary>
internal sealed class WriterLoggerProvider(TextWriter writer, IReadOnlyList<string> secrets) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public static ILoggerFactory CreateFactory(TextWriter writer, LogLevel minimum, IReadOnlyList<string> secrets) =>
        LoggerFactory.Create(builder => builder.SetMinimumLevel(minimum).AddProvider(new WriterLoggerProvider(writer, secrets)));

    public static LogLevel LevelFor(bool quiet, bool verbose) =>
        quiet ? LogLevel.Warning : verbose ? LogLevel.Debug : LogLevel.Information;

    public ILogger CreateLogger(string categoryName) => new WriterLogger(this);

    public void Dispose()
    {
        // The writer belongs to the caller.
    }

    internal void Write(LogLevel level, string message)
    {
        var line = $"{Name(level)}: {SecretMask.Mask(message, secrets)}";
        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }

    private static string Name(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        _ => "error",
    };
}
