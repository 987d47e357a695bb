using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Tests.Features.SiteIntegration;

/// <summary>What a site's back end does: mint tokens with its key, or sign its own JWTs.</summary>
public static class SiteTokenKit
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static Task<HttpResponseMessage> MintAsync(this HttpClient key, object body) => key.PostAsJsonAsync("/api/v1/site-tokens", body);

    public static async Task<(string Token, Guid UserId, JsonElement Body)> MintOkAsync(this HttpClient key, object body)
    {
        var minted = await (await key.MintAsync(body)).ShouldBeAsync(HttpStatusCode.OK);
        return (minted.GetProperty("token").GetString()!, minted.GetProperty("user_id").GetGuid(), minted);
    }

    /// <summary>A JWT as a site signs it: issuer, the test audience, sub, profile claims, lifetime on the test clock.</summary>
    public static string Sign(ISiteApp app, string issuer, SigningCredentials credentials, string sub, string? username = null,
        DateTimeOffset? issuedAt = null, TimeSpan? lifetime = null, DateTimeOffset? notBefore = null, string audience = SiteKeys.Audience,
        string? displayName = null)
    {
        var at = (issuedAt ?? app.Clock.GetUtcNow()).UtcDateTime;
        var claims = new Dictionary<string, object> { ["sub"] = sub };
        if (username is not null) claims["preferred_username"] = username;
        if (displayName is not null) claims["name"] = displayName;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = at,
            NotBefore = (notBefore?.UtcDateTime) ?? at,
            Expires = at + (lifetime ?? TimeSpan.FromMinutes(5)),
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = credentials,
        });
    }

    public static SigningCredentials Hs256(string secret) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256);

    public static SigningCredentials Rs256(RSA key) => new(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256);

    public static SigningCredentials Es256(ECDsa key, string kid) => new(new ECDsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.EcdsaSha256);

    /// <summary>An unsigned token (<c>alg: none</c>) with the given claims.</summary>
    public static string Unsigned(object payload) =>
        $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.";

    /// <summary>Connects to the gateway with a connection token; the failure, if refused, carries the HTTP status.</summary>
    public static async Task<HttpStatusCode?> RefusalOfAsync(ISiteApp app, string token)
    {
        try
        {
            await using var client = await GatewayClient.ConnectAsync(app, token);
            return null;
        }
        catch (HttpRequestException e)
        {
            return e.StatusCode;
        }
    }

    /// <summary>The problem a refused connection token gets from the gateway's negotiate request.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Problem)> NegotiateAsync(ISiteApp app, string token)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/gateway/negotiate?platform=web&negotiateVersion=1");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    public static HubConnectionState StateOf(GatewayClient client) => client.Connection.State;
}
