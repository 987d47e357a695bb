using Gatehouse.Server.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>The access log's batched writer: every line once, whole, formatted as the console logger would, and none lost at a normal stop.</summary>
public sealed class AccessLogWriterTests
{
    private static ConsoleFormatter Formatter(string name)
    {
        var services = new ServiceCollection().AddLogging(b => b.AddSimpleConsole(o => o.ColorBehavior = Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled).AddJsonConsole())
            .BuildServiceProvider();
        return services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
    }

    /// <summary>A writer that records what each write call received, so a test sees the batches.</summary>
    private sealed class RecordingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(System.Text.StringBuilder? value)
        {
            Writes++;
            base.Write(value);
        }
    }

    [Fact]
    public async Task Lines_from_many_requests_are_each_written_once_and_whole_and_a_stop_writes_what_waits()
    {
        var output = new RecordingWriter();
        var writer = new AccessLogWriter(Formatter(ConsoleFormatterNames.Json), output);
        var logger = writer.CreateLogger(AccessLogWriter.Category);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++) logger.LogInformation("request {Thread} {Index}", t, i);
        })));
        writer.Dispose();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2000, lines.Length);
        var seen = lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("Message").GetString()).ToHashSet();
        Assert.Equal(2000, seen.Count);
        Assert.Contains("request 3 499", seen);
        Assert.InRange(output.Writes, 1, 2000);
    }

    [Fact]
    public void A_burst_of_lines_goes_out_in_one_write()
    {
        var output = new RecordingWriter();
        // The batch window ends when the test says so: every line of the burst is logged inside it.
        using var windowOpen = new ManualResetEventSlim();
        using var windowEnds = new ManualResetEventSlim();
        var writer = new AccessLogWriter(Formatter(ConsoleFormatterNames.Simple), output, () =>
        {
            windowOpen.Set();
            windowEnds.Wait();
        });
        var logger = writer.CreateLogger(AccessLogWriter.Category);
        logger.LogInformation("GET /api/v1/users/{Index} 200", 0);
        windowOpen.Wait();
        for (var i = 1; i < 200; i++) logger.LogInformation("GET /api/v1/users/{Index} 200", i);
        windowEnds.Set();
        writer.Dispose();

        Assert.Equal(200, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("GET /api/v1/users/", StringComparison.Ordinal)));
        Assert.Equal(1, output.Writes);
    }

    [Fact]
    public void Only_the_access_log_category_is_written_and_in_the_console_format()
    {
        var output = new StringWriter();
        var writer = new AccessLogWriter(Formatter(ConsoleFormatterNames.Simple), output);
        var scopes = new LoggerExternalScopeProvider();
        writer.SetScopeProvider(scopes);
        writer.CreateLogger("Gatehouse.Other").LogWarning("not an access log line");
        var logger = writer.CreateLogger(AccessLogWriter.Category);
        Assert.False(writer.CreateLogger("Gatehouse.Other").IsEnabled(LogLevel.Critical));
        using (scopes.Push("conn-1"))
            logger.LogInformation("GET /api/v1/users 200");
        writer.Dispose();

        var text = output.ToString();
        Assert.DoesNotContain("not an access log line", text, StringComparison.Ordinal);
        Assert.StartsWith($"info: {AccessLogWriter.Category}[0]", text, StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/users 200", text, StringComparison.Ordinal);
    }

}

/// <summary>The server's wiring: the access log goes through the batched writer, and the console logger does not write it a second time.</summary>
public sealed class AccessLogWiringTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void The_server_writes_the_access_log_through_it_and_the_console_logger_leaves_that_category_alone()
    {
        var services = app.Services;
        Assert.Contains(services.GetServices<ILoggerProvider>(), p => p is AccessLogWriter);
        var rules = services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;
        Assert.Contains(rules, r => r.ProviderName == typeof(ConsoleLoggerProvider).FullName && r.CategoryName == AccessLogWriter.Category
            && r.LogLevel == LogLevel.None);
    }
}
