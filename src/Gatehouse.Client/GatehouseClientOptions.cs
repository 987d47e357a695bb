namespace Gatehouse.Client;

/// <summary>Where Gatehouse is and the API key the site's back end uses.</summary>
public sealed class GatehouseClientOptions
{
    /// <summary>The Gatehouse server's origin, e.g. <c>https://gatehouse.example.com</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>An API key (<c>gh_live_…</c>); to mint connection tokens it needs the <c>site.tokens</c> scope.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Per-attempt timeout (the resilience pipeline retries transient failures within an overall budget).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
