using Microsoft.Extensions.Logging;

namespace Graph.Cli.Internal;

/// <summary>The logger <see cref="WriterLoggerProvider"/> hands out; the filter level is the factory's.</summary>
internal sealed class WriterLogger(WriterLoggerProvider provider) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var message = formatter(state, exception);
        provider.Write(logLevel, exception is null ? message : $"{message} ({exception.Message})");
    }
}
