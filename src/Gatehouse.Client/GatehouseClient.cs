using System.Xml;
using Gatehouse.Client.Generated;
using Gatehouse.Client.Generated.Api.V1.Presence;
using Gatehouse.Client.Generated.Api.V1.Sanctions;
using Gatehouse.Client.Generated.Api.V1.Users;
using Gatehouse.Client.Generated.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Gatehouse.Client;

/// <summary>
/// The Gatehouse API for a site's back end: typed calls for what a site does most, and
/// <see cref="Api"/> (generated from the OpenAPI document) for everything else. Errors surface as
/// the generated <see cref="ProblemDetails"/> / <see cref="HttpValidationProblemDetails"/> exceptions.
/// </summary>
public sealed class GatehouseClient
{
    public GatehouseClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http.BaseAddress, "http.BaseAddress");
        // Authentication is the HTTP pipeline's (ApiKeyHandler), so Kiota adds none of its own.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress.ToString().TrimEnd('/'),
        };
        Api = new GatehouseApiClient(adapter);
    }

    /// <summary>Every operation of the generated client.</summary>
    public GatehouseApiClient Api { get; }

    /// <summary>Creates or updates the member just in time and returns a connection token for their page.</summary>
    public async Task<SiteToken> MintSiteTokenAsync(SiteMember member, CancellationToken ct = default)
    {
        var minted = await Api.Api.V1.SiteTokens.PostAsync(new MintSiteTokenRequest
        {
            ExternalId = member.ExternalId,
            Username = member.Username,
            DisplayName = member.DisplayName,
            AvatarUrl = member.AvatarUrl,
            Email = member.Email,
            Roles = member.Roles?.ToList(),
            Source = member.Source,
        }, cancellationToken: ct) ?? throw Empty("POST /site-tokens");
        return new SiteToken(minted.Token!, minted.ExpiresAt!.Value, minted.UserId!.Value, minted.Created ?? false);
    }

    public async Task<UserResponse> GetMemberAsync(Guid id, CancellationToken ct = default) =>
        await Api.Api.V1.Users[id].GetAsync(cancellationToken: ct) ?? throw Empty("GET /users/{id}");

    public async Task<PageOfUserResponse> ListMembersAsync(Action<UsersRequestBuilder.UsersRequestBuilderGetQueryParameters>? filter = null,
        CancellationToken ct = default) =>
        await Api.Api.V1.Users.GetAsync(c => filter?.Invoke(c.QueryParameters), ct) ?? throw Empty("GET /users");

    /// <summary>The member the site knows by this id, or null.</summary>
    public async Task<UserResponse?> FindMemberByExternalIdAsync(string externalId, CancellationToken ct = default) =>
        (await ListMembersAsync(q => q.ExternalId = externalId, ct)).Items?.FirstOrDefault();

    public async Task<UserResponse> CreateMemberAsync(CreateUserRequest member, CancellationToken ct = default) =>
        await Api.Api.V1.Users.PostAsync(member, cancellationToken: ct) ?? throw Empty("POST /users");

    public async Task<UserResponse> UpdateMemberAsync(Guid id, UpdateUserRequest changes, CancellationToken ct = default) =>
        await Api.Api.V1.Users[id].PatchAsync(changes, cancellationToken: ct) ?? throw Empty("PATCH /users/{id}");

    public Task DeleteMemberAsync(Guid id, CancellationToken ct = default) => Api.Api.V1.Users[id].DeleteAsync(cancellationToken: ct);

    /// <summary>Adds and removes roles (ids or names) in one change.</summary>
    public async Task<UserResponse> ChangeRolesAsync(Guid id, IEnumerable<string>? add, IEnumerable<string>? remove, CancellationToken ct = default) =>
        await Api.Api.V1.Users[id].Roles.PostAsync(new AssignUserRolesRequest { Add = add?.ToList() ?? [], Remove = remove?.ToList() ?? [] },
            cancellationToken: ct) ?? throw Empty("POST /users/{id}/roles");

    public async Task<List<RoleResponse>> ListRolesAsync(CancellationToken ct = default) =>
        await Api.Api.V1.Roles.GetAsync(cancellationToken: ct) ?? throw Empty("GET /roles");

    /// <summary>Who is online now (a snapshot; filters by roles, statuses, ids), with the version to follow the stream from.</summary>
    public async Task<GetPresencePresencePage> GetPresenceAsync(Action<PresenceRequestBuilder.PresenceRequestBuilderGetQueryParameters>? filter = null,
        CancellationToken ct = default) =>
        await Api.Api.V1.Presence.GetAsync(c => filter?.Invoke(c.QueryParameters), ct) ?? throw Empty("GET /presence");

    public async Task<PageOfSanctionResponse> ListSanctionsAsync(Action<SanctionsRequestBuilder.SanctionsRequestBuilderGetQueryParameters>? filter = null,
        CancellationToken ct = default) =>
        await Api.Api.V1.Sanctions.GetAsync(c => filter?.Invoke(c.QueryParameters), ct) ?? throw Empty("GET /sanctions");

    public Task<SanctionResponse> WarnAsync(Guid id, string reason, CancellationToken ct = default) =>
        SanctionAsync(Api.Api.V1.Users[id].Warn.PostAsync, reason, null, ct);

    public Task<SanctionResponse> MuteAsync(Guid id, string reason, TimeSpan duration, CancellationToken ct = default) =>
        SanctionAsync(Api.Api.V1.Users[id].Mute.PostAsync, reason, duration, ct);

    public Task<SanctionResponse> KickAsync(Guid id, string reason, CancellationToken ct = default) =>
        SanctionAsync(Api.Api.V1.Users[id].Kick.PostAsync, reason, null, ct);

    /// <summary>Bans for <paramref name="duration"/>, or for good without one.</summary>
    public Task<SanctionResponse> BanAsync(Guid id, string reason, TimeSpan? duration = null, CancellationToken ct = default) =>
        SanctionAsync(Api.Api.V1.Users[id].Ban.PostAsync, reason, duration, ct);

    public async Task<PageOfWebhookResponse> ListWebhooksAsync(CancellationToken ct = default) =>
        await Api.Api.V1.Webhooks.GetAsync(cancellationToken: ct) ?? throw Empty("GET /webhooks");

    /// <summary>Creates a webhook; the answer holds its <c>whsec_</c> secret, shown this once (see <see cref="WebhookSignature"/>).</summary>
    public async Task<WebhookSecretResponse> CreateWebhookAsync(CreateWebhookRequest webhook, CancellationToken ct = default) =>
        await Api.Api.V1.Webhooks.PostAsync(webhook, cancellationToken: ct) ?? throw Empty("POST /webhooks");

    private delegate Task<SanctionResponse?> SanctionCall(ApplySanctionRequest body,
        Action<Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Kiota.Abstractions.DefaultQueryParameters>>? configure, CancellationToken ct);

    private static async Task<SanctionResponse> SanctionAsync(SanctionCall call, string reason, TimeSpan? duration, CancellationToken ct) =>
        await call(new ApplySanctionRequest
        {
            Reason = reason,
            Duration = duration is { } d ? new UntypedString(XmlConvert.ToString(d)) : null,
        }, null, ct) ?? throw Empty("sanction");

    private static InvalidOperationException Empty(string call) => new($"Gatehouse answered {call} without a body.");
}
