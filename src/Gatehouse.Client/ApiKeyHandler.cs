using Microsoft.Extensions.Options;

namespace Gatehouse.Client;

/// <summary>
/// Sends the API key on every request, and one <c>Idempotency-Key</c> per write. It sits outside the
/// resilience handler, so a retried write carries the same key and the server applies it once.
/// </summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<GatehouseClientOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("X-Api-Key");
        request.Headers.Add("X-Api-Key", options.CurrentValue.ApiKey);
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("Idempotency-Key"))
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return base.SendAsync(request, cancellationToken);
    }
}
