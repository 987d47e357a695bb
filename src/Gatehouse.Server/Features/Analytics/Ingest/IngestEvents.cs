using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Analytics.Capture;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.SiteKeys;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>
/// <c>POST /analytics/events</c>: a batch from the site SDK, as the signed-in member or, with a public
/// site key, as anonymous visitors (no member, role <c>anonymous</c>, the key's own budget). The body is read
/// against its own size limit before parsing; unknown fields, bad types and oversized props are a 400
/// naming the event; a source over its event budget gets 429 with Retry-After; the batch is accepted
/// whole or not at all. The server's receive time is stored beside the client's timestamp.
/// </summary>
public static partial class IngestEvents
{
    public static readonly IReadOnlyList<string> Devices = ["desktop", "mobile", "tablet", "other"];

    /// <summary>The role segment of a site key's events: they come from visitors, not members.</summary>
    public const string AnonymousRole = "anonymous";

    /// <param name="Events">1 to 500 events (see Analytics:MaxBatchEvents).</param>
    /// <param name="Device">The client's device class: desktop, mobile, tablet or other.</param>
    /// <param name="ClientVersion">The site's own version string, for the version segment.</param>
    public sealed record Batch(IReadOnlyList<Item>? Events, string? Device = null, string? ClientVersion = null);

    /// <param name="Type">Event name, e.g. page_view or checkout.completed.</param>
    /// <param name="Timestamp">When it happened by the client's clock (default: when received).</param>
    /// <param name="SessionId">The client's own session id.</param>
    /// <param name="Props">A JSON object of properties (at most Analytics:MaxPropsBytes once serialized).</param>
    public sealed record Item(string? Type, DateTimeOffset? Timestamp = null, string? SessionId = null, JsonElement? Props = null);

    /// <param name="Accepted">Events stored and counted.</param>
    /// <param name="ReceivedAt">The server's clock when the batch arrived.</param>
    public sealed record Response(int Accepted, DateTime ReceivedAt);

    public static async Task<Results<Accepted<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpContext http, CurrentActor actor, GatehouseDb db, EventPipeline pipeline, IngestLimiter limiter, ConsentBook consent,
        ClientContext client, IOptions<AnalyticsOptions> options, TimeProvider time, CancellationToken ct)
    {
        var o = options.Value;
        var siteKey = http.Features.Get<SiteKeyRequest>();
        Guid? userId = siteKey is null ? actor.UserId!.Value : null;
        var (batch, problem) = await ReadAsync(http, o, ct);
        if (problem is not null) return problem;

        var now = time.GetUtcNow().UtcDateTime;
        var v = Validate(batch!, o, now);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        // Consent is a member's; a site key's visitors consent on the site (the SDK sends nothing before).
        if (userId is { } member && !await consent.AllowsAsync(member, o.RequireConsent, db, ct))
            return Problems.Forbidden("consent-required", AnalyticsText.Get("consent.required"));
        var (source, budget) = siteKey is null ? (userId!.Value, o.EventsPerMinutePerSource) : (siteKey.KeyId, siteKey.EventsPerMinute);
        if (!limiter.TryTake(source, budget, batch!.Events!.Count, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return Problems.Make(429, "rate-limited", AnalyticsText.Get("rate", retryAfter));
        }

        var (region, ip) = client.Locate(http.Connection.RemoteIpAddress);
        var role = siteKey is null ? client.RoleOf(actor) : AnonymousRole;
        var device = batch.Device ?? AnalyticsDimensions.Unknown;
        var version = batch.ClientVersion ?? AnalyticsDimensions.Unknown;
        var events = new List<RawEvent>(batch.Events.Count);
        foreach (var e in batch.Events)
            events.Add(new RawEvent
            {
                Id = Guid.CreateVersion7(),
                Type = e.Type!,
                Source = EventSources.Sdk,
                UserId = userId,
                SessionId = e.SessionId,
                OccurredAt = e.Timestamp?.UtcDateTime ?? default, // default: when received (stamped by the pipeline)
                Role = role,
                Region = region,
                Device = device,
                Version = version,
                Ip = ip,
                Props = e.Props,
            });
        if (pipeline.TryAcceptBatch(events) is not { } receivedAt)
        {
            http.Response.Headers.RetryAfter = "2";
            return Problems.Make(503, "busy", AnalyticsText.Get("busy"));
        }
        return TypedResults.Accepted((string?)null, new Response(events.Count, receivedAt));
    }

    private static async Task<(IngestBatch? Batch, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, AnalyticsOptions o, CancellationToken ct)
    {
        var maxBytes = o.MaxBatchBytes;
        if (http.Request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        // A pooled buffer: a batch of 100 events is ~10 KB, read 200 times a second.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes, (int)(http.Request.ContentLength ?? 16 * 1024)) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0) break;
                length += read;
                if (length > maxBytes) return (null, TooLarge(maxBytes));
            }
            return Parse(buffer.AsSpan(0, length), o.MaxPropsBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The SDK's own shape in one pass (<see cref="IngestBatchReader"/>); anything else through the serializer, whose errors it keeps.</summary>
    private static (IngestBatch? Batch, ProblemHttpResult? Problem) Parse(ReadOnlySpan<byte> json, int maxPropsBytes)
    {
        if (IngestBatchReader.TryRead(json, maxPropsBytes) is { } fast) return (fast, null);
        try
        {
            var batch = JsonSerializer.Deserialize<Batch>(json, GatehouseJson.Options);
            return batch is null
                ? (null, Problems.BadRequest("malformed-json", Messages.Get("json.malformed", "null")))
                : (IngestBatchReader.From(batch, maxPropsBytes), null);
        }
        catch (JsonException e)
        {
            // The same answer as a body the framework binds: the exception handler names the field (and index) that is wrong.
            throw new BadHttpRequestException("The request body is not valid JSON for this endpoint.", StatusCodes.Status400BadRequest, e);
        }
        catch (InvalidOperationException)
        {
            // Text that is not valid UTF-8 (props taken as text): a bad body, not a server error.
            return (null, Problems.BadRequest("malformed-json", Messages.Get("json.malformed", "invalid UTF-8")));
        }
    }

    private static ProblemHttpResult TooLarge(int maxBytes) => Problems.Make(413, "body-too-large", AnalyticsText.Get("batch.too_large", maxBytes));

    private static Validator Validate(IngestBatch batch, AnalyticsOptions o, DateTime now)
    {
        var v = new Validator();
        if (batch.Events is not { Count: > 0 } events) return v.Add("events", AnalyticsText.Get("batch.empty"));
        if (events.Count > o.MaxBatchEvents) v.Add("events", AnalyticsText.Get("batch.too_many", o.MaxBatchEvents));
        if (batch.Device is not null && !Devices.Contains(batch.Device)) v.Add("device", AnalyticsText.Get("device.unknown", string.Join(", ", Devices)));
        if (batch.ClientVersion is not null && !ClientContext.IsVersion(batch.ClientVersion)) v.Add("client_version", AnalyticsText.Get("version.format"));
        for (var i = 0; i < Math.Min(events.Count, o.MaxBatchEvents); i++)
        {
            // The field's name is built only for an error: a valid batch of 500 events allocates none.
            var e = events[i];
            if (e.Type is null || !TypePattern().IsMatch(e.Type)) v.Add($"events[{i}].type", AnalyticsText.Get("event.type"));
            if (e.SessionId is not null && !SessionPattern().IsMatch(e.SessionId)) v.Add($"events[{i}].session_id", AnalyticsText.Get("event.session"));
            if (e.Timestamp is { } ts && (ts.UtcDateTime - now).Duration() > o.MaxClockSkew)
                v.Add($"events[{i}].timestamp", AnalyticsText.Get("event.timestamp", o.MaxClockSkew));
            // The size is of the UTF-8 bytes as sent.
            if (e.PropsNotObject) v.Add($"events[{i}].props", AnalyticsText.Get("event.props_object"));
            else if (e.PropsBytes > o.MaxPropsBytes) v.Add($"events[{i}].props", AnalyticsText.Get("event.props_size", o.MaxPropsBytes));
        }
        return v;
    }

    [GeneratedRegex("^[a-z][a-z0-9_.:-]{0,63}$")]
    private static partial Regex TypePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SessionPattern();
}
