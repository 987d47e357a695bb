using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure.Observability;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Instrumentation.AspNetCore;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// Hub method calls that fail are logged by the server's own hub filter, SignalR's dispatcher logs nothing (its
/// logger being on made it start an Activity for every call), and without a trace exporter no hub call is traced.
/// </summary>
public sealed class HubInvocationFailuresTests(HubFailuresSqliteApp app) : IClassFixture<HubFailuresSqliteApp>
{
    [Fact]
    public async Task A_refused_gateway_call_is_logged_by_the_filter_while_SignalRs_dispatcher_stays_silent()
    {
        var ada = await app.PersonAsync();
        await using var gateway = await GatewayClient.ConnectAsync(app, ada.Token);
        await gateway.SetStatusAsync("dnd");
        var refused = await Assert.ThrowsAsync<HubException>(() => gateway.SetStatusAsync("asleep"));
        Assert.Contains("status", refused.Message, StringComparison.Ordinal);

        var category = typeof(HubInvocationFailures).FullName;
        await PresenceTestKit.UntilAsync(() => app.Logs.Lines.Any(l => l.StartsWith($"{category} Debug Hub method SetStatus of GatewayHub refused", StringComparison.Ordinal)),
            "the refusal is logged by the filter");
        // SignalR's categories are at Debug in this app: the dispatcher would have logged both invocations.
        Assert.DoesNotContain(app.Logs.Lines, l => l.StartsWith(HubInvocationFailures.DispatcherCategory, StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_trace_exporter_hub_method_calls_are_not_traced()
    {
        var tracing = app.Services.GetRequiredService<IOptionsMonitor<AspNetCoreTraceInstrumentationOptions>>().Get(Options.DefaultName);
        Assert.False(tracing.EnableAspNetCoreSignalRSupport);
    }

    [Fact]
    public async Task A_call_that_fails_is_logged_as_an_error_with_its_exception_and_still_fails()
    {
        var (filter, logs) = Filter();
        var error = new InvalidOperationException("disk gone");
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () => await filter.InvokeMethodAsync(Call(), async _ =>
        {
            await Task.Yield();
            throw error;
        }));
        Assert.Same(error, thrown);
        var line = Assert.Single(logs.Lines);
        Assert.StartsWith($"{typeof(HubInvocationFailures).FullName} Error Failed to invoke hub method Work of WorkHub", line, StringComparison.Ordinal);
        Assert.Contains("disk gone", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_that_throws_before_returning_is_logged_too()
    {
        var (filter, logs) = Filter();
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await filter.InvokeMethodAsync(Call(), _ => throw new InvalidOperationException("at once")));
        Assert.Contains(logs.Lines, l => l.Contains("Error Failed to invoke hub method Work", StringComparison.Ordinal) && l.Contains("at once", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_done_at_once_passes_its_result_through_and_logs_nothing()
    {
        var (filter, logs) = Filter();
        var result = filter.InvokeMethodAsync(Call(), _ => ValueTask.FromResult<object?>(42));
        Assert.True(result.IsCompletedSuccessfully);
        Assert.Equal(42, await result);
        var later = await filter.InvokeMethodAsync(Call(), async _ =>
        {
            await Task.Yield();
            return "later";
        });
        Assert.Equal("later", later);
        Assert.Empty(logs.Lines);
    }

    [Fact]
    public async Task A_call_cancelled_because_its_connection_went_away_is_not_an_error()
    {
        var (filter, logs) = Filter();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        await Assert.ThrowsAsync<OperationCanceledException>(async () => await filter.InvokeMethodAsync(Call(gone.Token), async _ =>
        {
            await Task.Yield();
            throw new OperationCanceledException(gone.Token);
        }));
        Assert.Empty(logs.Lines);
        // The same cancellation with the connection still there is the method's own failure.
        await Assert.ThrowsAsync<OperationCanceledException>(async () => await filter.InvokeMethodAsync(Call(), async _ =>
        {
            await Task.Yield();
            throw new OperationCanceledException();
        }));
        Assert.Single(logs.Lines);
    }

    private static (HubInvocationFailures Filter, RecordingLoggerProvider Logs) Filter()
    {
        var logs = new RecordingLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        return (new HubInvocationFailures(factory.CreateLogger<HubInvocationFailures>()), logs);
    }

    private static HubInvocationContext Call(CancellationToken aborted = default) =>
        new(new TestHubCaller(aborted: aborted), new NoHubServices(), new WorkHub(), typeof(WorkHub).GetMethod(nameof(WorkHub.Work))!, []);

    private sealed class WorkHub : Hub
    {
        public static Task Work() => Task.CompletedTask;
    }
}

/// <summary>SignalR's categories and the filter's at Debug, every line recorded.</summary>
public sealed class HubFailuresSqliteApp : LiveSqliteApp, ILoggedApp
{
    public RecordingLoggerProvider Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => base.ExtraSettings.Concat(GateSettings.All)
        .Append(new($"Logging:LogLevel:{typeof(HubInvocationFailures).FullName}", "Debug")).ToDictionary();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}
