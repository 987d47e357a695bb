using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// Everything the server logs, as text: category, message, every structured value, every scope and
/// the exception, which is all a log sink (console, JSON, OTLP) could ever write out.
/// </summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Recorder(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{category} {logLevel} {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) line.Append(' ').Append(key).Append('=').Append(value);
            provider._scopes.ForEachScope((scope, text) =>
            {
                text.Append(" scope:").Append(scope);
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) text.Append(' ').Append(key).Append('=').Append(value);
            }, line);
            if (exception is not null) line.Append(' ').Append(exception);
            provider._lines.Enqueue(line.ToString());
        }
    }
}
