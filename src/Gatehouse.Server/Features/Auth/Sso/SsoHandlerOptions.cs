using Gatehouse.Server.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>
/// The options of one provider's handler: authorization code with PKCE, the answer in the query
/// string (so the correlation cookies can stay SameSite=Lax), the provider's claims kept as they
/// come, and the outcome signed into a short-lived external cookie that
/// <see cref="SsoSignIn.Complete"/> turns into a Gatehouse session.
/// </summary>
public sealed class SsoHandlerOptions(SsoSchemes schemes, IOptions<GatehouseOptions> gatehouse) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(OpenIdConnectOptions options) { }

    public void Configure(string? name, OpenIdConnectOptions o)
    {
        if (name is null || !name.StartsWith("sso-", StringComparison.Ordinal) || schemes.Known(name[4..]) is not { } p) return;
        var issuer = new Uri(p.Issuer);
        o.Authority = p.Issuer;
        // Not the handler's 60 s: a provider that does not answer fails the sign-in quickly and clearly,
        // and (SsoSignIn.Start) the next sign-in reads its discovery document again.
        o.BackchannelTimeout = gatehouse.Value.Security.SsoBackchannelTimeout;
        o.RequireHttpsMetadata = !SsoSchemes.IsLoopback(issuer);
        o.ClientId = p.ClientId;
        o.ClientSecret = schemes.ClientSecretOf(p);
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.Scope.Clear();
        foreach (var scope in new[] { "openid" }.Concat(p.Scopes).Distinct(StringComparer.Ordinal)) o.Scope.Add(scope);
        o.CallbackPath = SsoPaths.Callback(p.Id);
        o.SignInScheme = SsoExternalCookie.Scheme;
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.TokenValidationParameters.NameClaimType = "name";
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Events = new OpenIdConnectEvents
        {
            // A refusal or a broken answer from the provider lands on the sign-in page with a reason, never a 500.
            OnRemoteFailure = context =>
            {
                context.Response.Redirect(SsoPaths.SignInPage("failed"));
                context.HandleResponse();
                return Task.CompletedTask;
            },
            OnAccessDenied = context =>
            {
                context.Response.Redirect(SsoPaths.SignInPage("denied"));
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }
}

public static class SsoPaths
{
    public const string Base = "/api/v1/auth/sso";

    public static string Callback(string id) => $"{Base}/{id}/callback";

    public static string Complete(string id) => $"{Base}/{id}/complete";

    /// <summary>The panel's sign-in page, told why single sign-on did not finish (or that it wants a code).</summary>
    public static string SignInPage(string outcome) => "/login?sso=" + Uri.EscapeDataString(outcome);
}

/// <summary>The few minutes between the provider's answer and the Gatehouse session (or the two-factor code).</summary>
public static class SsoExternalCookie
{
    public const string Scheme = "gatehouse-sso";
    public const string Name = "gh_sso";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    /// <summary>Where the provider id is kept in the external ticket's properties.</summary>
    public const string ProviderItem = "gh_provider";
}
