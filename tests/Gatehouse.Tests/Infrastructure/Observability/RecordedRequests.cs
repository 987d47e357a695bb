using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// Tells a test when the server has recorded a request in ASP.NET Core's request-duration histogram.
/// The server records a request after its answer is out, so a client that scrapes right after its
/// answer may race the recording; awaiting the measurement itself removes the race without a sleep.
/// Listens only to the meters of one app (meters from its <see cref="IMeterFactory"/>), since
/// several test servers share the process. The exporter subscribed first (at the app's start), so it
/// has the measurement by the time this listener hears of it.
/// </summary>
public sealed class RecordedRequests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<(string Route, int Status), int> _counts = [];
    private readonly List<(string Route, int Status, int Count, TaskCompletionSource Done)> _waiters = [];

    public RecordedRequests(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name == "http.server.request.duration"
                && ReferenceEquals(instrument.Meter.Scope, factory))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            string? route = null;
            var status = 0;
            foreach (var tag in tags)
            {
                if (tag.Key == "http.route") route = tag.Value as string;
                else if (tag.Key == "http.response.status_code") status = Convert.ToInt32(tag.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            lock (_counts)
            {
                var key = (route ?? "", status);
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
                foreach (var waiter in _waiters.Where(w => (w.Route, w.Status) == key && w.Count <= _counts[key])) waiter.Done.TrySetResult();
            }
        });
        _listener.Start();
    }

    /// <summary>Waits until <paramref name="count"/> requests to <paramref name="route"/> answered with <paramref name="status"/> are recorded (counted from this object's creation).</summary>
    public Task WaitForAsync(string route, int status, int count = 1)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_counts)
        {
            if (_counts.GetValueOrDefault((route, status)) >= count) return Task.CompletedTask;
            _waiters.Add((route, status, count, done));
        }
        return WaitAsync(done.Task, route, status, count);
    }

    private async Task WaitAsync(Task done, string route, int status, int count)
    {
        try
        {
            await done.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            string seen;
            lock (_counts) seen = string.Join(", ", _counts.Select(c => $"{c.Key.Route} {c.Key.Status}: {c.Value}"));
            throw new TimeoutException($"{count} × {route} {status} not recorded within 30 s; recorded: {seen}");
        }
    }

    public void Dispose() => _listener.Dispose();
}
