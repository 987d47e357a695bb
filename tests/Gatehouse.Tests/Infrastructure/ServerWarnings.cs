using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>
/// The warnings and errors every test server in this process logged lately (the console they also go
/// to is not shown by <c>dotnet test</c>). A test that times out waiting for the server quotes them,
/// so a failure on a loaded CI machine says what the server was doing instead of only "timed out".
/// </summary>
public sealed class ServerWarnings(string server) : ILoggerProvider
{
    private const int Kept = 200;
    private static readonly ConcurrentQueue<string> Lines = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(server, categoryName);

    public void Dispose() { }

    /// <summary>The last <paramref name="count"/> lines, oldest first, for a failure message.</summary>
    public static string Recent(int count = 15)
    {
        var lines = Lines.ToArray();
        return lines.Length == 0 ? "(the test servers logged no warning)"
            : "Latest server warnings:\n" + string.Join('\n', lines.Skip(Math.Max(0, lines.Length - count)));
    }

    /// <summary>A timeout that quotes the servers' latest warnings.</summary>
    public static TimeoutException TimedOut(string what) => new($"timed out waiting for {what}\n{Recent()}");

    private sealed class Recorder(string server, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var error = exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]";
            Lines.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"  {DateTime.UtcNow:HH:mm:ss.fff} {server} {logLevel} {category}: {formatter(state, exception)}{error}"));
            while (Lines.Count > Kept) Lines.TryDequeue(out _);
        }
    }
}
