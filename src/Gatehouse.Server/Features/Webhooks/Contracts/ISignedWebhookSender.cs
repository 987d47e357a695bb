namespace Gatehouse.Server.Features.Webhooks.Contracts;

/// <summary>
/// Sends one POST signed per Standard Webhooks (<c>webhook-id</c>, <c>webhook-timestamp</c>,
/// <c>webhook-signature</c>) through the webhooks feature's guarded client: the address is checked
/// when connecting (no private, loopback, link-local or metadata addresses unless allowed),
/// redirects are not followed, the answer is read up to a small cap, and a failure of any kind
/// comes back as a result to retry, never as an exception.
/// </summary>
public interface ISignedWebhookSender
{
    Task<SignedWebhookResult> SendAsync(SignedWebhook message, CancellationToken ct);
}

/// <param name="MessageId">The <c>webhook-id</c>: the same on every retry, so receivers can de-duplicate.</param>
/// <param name="Body">The exact JSON sent; the signatures cover these bytes.</param>
/// <param name="Secrets"><c>whsec_</c> secrets, one signature each (two while a rotated secret overlaps).</param>
/// <param name="Agent">The <c>User-Agent</c> product name (e.g. <c>Gatehouse-Alerts</c>).</param>
public sealed record SignedWebhook(string Url, string MessageId, string Body, IReadOnlyList<string> Secrets, string Agent)
{
    /// <summary>Lets this message reach loopback addresses (development and tests), whatever the webhooks' own setting.</summary>
    public bool AllowLoopback { get; init; }

    /// <summary>The caller's own time limit; the webhooks' timeout applies when null.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <param name="Status">The receiver's status code; null when no answer came.</param>
/// <param name="ResponseBody">The start of the receiver's answer (capped).</param>
/// <param name="Error">What went wrong, for a person; null on success.</param>
/// <param name="RetryAfter">The receiver's <c>Retry-After</c>, when it gave one.</param>
/// <param name="RequestHeaders">The signed headers sent, as a JSON object.</param>
public sealed record SignedWebhookResult(
    bool Succeeded, int? Status, string? ResponseBody, int DurationMs, string? Error, TimeSpan? RetryAfter, string RequestHeaders);
