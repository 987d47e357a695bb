using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Gatehouse.E2E.Infrastructure;

/// <summary>
/// Follows a page's requests so that a test which timed out can say what the page was still
/// waiting for (and for how long) and how the last answers went, instead of only "not visible".
/// </summary>
public sealed class RequestTrace
{
    private readonly ConcurrentDictionary<IRequest, long> _pending = new();
    private readonly ConcurrentQueue<string> _finished = new();
    private readonly ConcurrentDictionary<IRequest, int> _status = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public RequestTrace(IPage page)
    {
        page.Request += (_, request) => _pending[request] = _clock.ElapsedMilliseconds;
        page.Response += (_, response) => _status[response.Request] = response.Status;
        page.RequestFinished += (_, request) => Finish(request, _status.TryRemove(request, out var status) ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "done");
        page.RequestFailed += (_, request) => Finish(request, $"failed ({request.Failure})");
    }

    private void Finish(IRequest request, string outcome)
    {
        if (!_pending.TryRemove(request, out var started)) return;
        _finished.Enqueue($"{request.Method} {PathOf(request.Url)} {outcome} at {started} ms after {_clock.ElapsedMilliseconds - started} ms");
    }

    /// <summary>The requests still open, oldest first, then the last ones that ended.</summary>
    public string Describe()
    {
        var now = _clock.ElapsedMilliseconds;
        var pending = _pending.OrderBy(p => p.Value)
            .Select(p => $"{p.Key.Method} {PathOf(p.Key.Url)} open for {now - p.Value} ms").ToList();
        return $"Requests still open after {now} ms: {(pending.Count == 0 ? "none" : "\n  " + string.Join("\n  ", pending))}\n" +
               $"Last requests that ended:\n  {string.Join("\n  ", _finished.TakeLast(12))}";
    }

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.PathAndQuery : url;
}
