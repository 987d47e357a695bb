using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Gatehouse.Tests.Features.ApiKeys;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>Raw requests to the hubs, and site members to make them as, for the hub gate and socket ticket tests.</summary>
public static class HubHandshakes
{
    /// <summary>A WebSocket handshake (HTTP/1.1 upgrade); a refusal's problem is read, an accepted socket is closed at once.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Problem, HttpResponseHeaders Headers)> HandshakeAsync(
        ILiveApp app, string pathAndQuery, string? bearer = null, string? language = null)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
        request.Headers.Add("Sec-WebSocket-Version", "13");
        request.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode == HttpStatusCode.SwitchingProtocols) return (response.StatusCode, default, response.Headers);
        return (response.StatusCode, await ProblemOfAsync(response), response.Headers);
    }

    /// <summary>A negotiate (POST <c>{hub}/negotiate</c>) with <paramref name="bearer"/> in the header: its status and body.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> NegotiateAsync(ILiveApp app, string hubPathAndQuery, string bearer)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var (path, query) = hubPathAndQuery.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? (hubPathAndQuery[..q], hubPathAndQuery[q..] + "&") : (hubPathAndQuery, "?");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}/negotiate{query}negotiateVersion=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await ProblemOfAsync(response));
    }

    /// <summary>A site member, created through <c>POST /site-tokens</c> of <paramref name="source"/>, and their connection token.</summary>
    public static async Task<(string Token, Guid UserId)> SiteMemberAsync(GatehouseApp app, string source)
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var minted = await (await site.PostAsJsonAsync("/api/v1/site-tokens", new { external_id = Api.Unique("ext"), username = Api.Unique("s"), source }))
            .ShouldBeAsync(HttpStatusCode.OK);
        return (minted.GetProperty("token").GetString()!, minted.GetProperty("user_id").GetGuid());
    }

    private static async Task<JsonElement> ProblemOfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }
}
