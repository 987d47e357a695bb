using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>Administrators add, change and remove the providers members may sign in with.</summary>
public static partial class ManageSsoProviders
{
    /// <summary>A provider's settings.</summary>
    /// <param name="Issuer">The provider's issuer URL (https://, or http:// on loopback only).</param>
    /// <param name="ClientSecret">Stored encrypted; omit (null) to keep the stored one, empty to remove it (public client).</param>
    /// <param name="Scopes">Asked for besides openid (e.g. profile, email).</param>
    /// <param name="AutoCreate">Create a member at the first sign-in of a verified e-mail no account uses.</param>
    /// <param name="DefaultRole">Role id or name given to created members (the default new-member role when omitted).</param>
    /// <param name="RolesClaim">Claim holding the member's groups at the provider (e.g. groups).</param>
    /// <param name="RoleMappings">Provider group → Gatehouse role (id or name); mapped roles follow the groups at every sign-in.</param>
    public sealed record Request(string? DisplayName, string? Issuer, string? ClientId, string? ClientSecret = null,
        IReadOnlyList<string>? Scopes = null, bool AutoCreate = false, string? DefaultRole = null, string? RolesClaim = null,
        IReadOnlyList<MappingRequest>? RoleMappings = null, bool Enabled = true);

    public sealed record MappingRequest(string? Group, string? Role);

    public static async Task<Ok<List<SsoProviderView>>> List(GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.SsoProviders.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct)).Select(SsoProviderView.Of).ToList());

    public static async Task<Ok<List<SsoButton>>> Buttons(GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.SsoProviders.AsNoTracking().Where(p => p.Enabled).OrderBy(p => p.DisplayName)
            .Select(p => new SsoButton(p.Id, p.DisplayName)).ToListAsync(ct));

    public static async Task<Results<Ok<SsoProviderView>, ValidationProblem, ProblemHttpResult>> Save([FromRoute(Name = "provider")] string id, Request request, GatehouseDb db,
        AccessService access, CurrentActor actor, SsoSchemes schemes, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var v = Validate(id, request);
        var defaultRole = request.DefaultRole is null ? null : Resolve(roles, request.DefaultRole, "default_role", v);
        var mappings = (request.RoleMappings ?? []).Select((m, i) => (m.Group!, Role: Resolve(roles, m.Role, $"role_mappings[{i}].role", v))).ToList();
        if (!v.IsValid) return Problems.Validation(v.Errors);
        // Mapping a group to a role hands that role out: only roles the administrator could assign themselves.
        foreach (var role in mappings.Select(m => m.Role).Append(defaultRole).OfType<RoleGrant>().Distinct())
            if (Hierarchy.CanAssign(actor, role) is { } reason) return Problems.Forbidden("hierarchy", reason);

        var saved = await db.WriteAsync(async c =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var p = await db.SsoProviders.FirstOrDefaultAsync(x => x.Id == id, c);
            var before = p is null ? null : SsoProviderView.Of(p);
            if (p is null) db.SsoProviders.Add(p = new SsoProvider { Id = id, CreatedAt = now, UpdatedAt = now });
            p.DisplayName = request.DisplayName!.Trim();
            p.Issuer = request.Issuer!.Trim().TrimEnd('/');
            p.ClientId = request.ClientId!.Trim();
            var secretChanged = request.ClientSecret is not null && (request.ClientSecret.Length == 0) != (p.ClientSecretProtected is null)
                || (request.ClientSecret is { Length: > 0 } s && schemes.ClientSecretOf(p) != s);
            if (secretChanged) p.ClientSecretProtected = request.ClientSecret is { Length: > 0 } secret ? schemes.Protect(secret) : null;
            p.Scopes = [.. (request.Scopes ?? ["profile", "email"]).Select(x => x.Trim()).Distinct(StringComparer.Ordinal)];
            p.AutoCreate = request.AutoCreate;
            p.DefaultRoleId = defaultRole?.Id;
            p.RolesClaim = string.IsNullOrWhiteSpace(request.RolesClaim) ? null : request.RolesClaim.Trim();
            p.RoleMappings = [.. mappings.Select(m => new SsoRoleMapping(m.Item1.Trim(), m.Role!.Id))];
            p.Enabled = request.Enabled;
            var after = SsoProviderView.Of(p);
            if (before is not null && !secretChanged && JsonEqual(before.Audit(), after.Audit())) return (p, false);
            if (before is not null) { p.Version++; p.UpdatedAt = now; }
            audit.Record(new AuditRecord(before is null ? "sso.provider_created" : "sso.provider_updated", "sso_provider", id,
                new { before = before?.Audit(), after = after.Audit(), client_secret_changed = secretChanged }));
            return (p, true);
        }, ct);
        if (saved.Item2)
        {
            if (saved.p.Enabled) schemes.Apply(saved.p);
            else schemes.Remove(id);
        }
        return TypedResults.Ok(SsoProviderView.Of(saved.p));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete([FromRoute(Name = "provider")] string id, GatehouseDb db, SsoSchemes schemes, IAuditLog audit, CancellationToken ct)
    {
        var removed = await db.WriteAsync(async c =>
        {
            var p = await db.SsoProviders.FirstOrDefaultAsync(x => x.Id == id, c);
            if (p is null) return false;
            var links = await db.SsoIdentities.CountAsync(i => i.ProviderId == id, c);
            db.SsoProviders.Remove(p);
            audit.Record(new AuditRecord("sso.provider_deleted", "sso_provider", id, new { before = SsoProviderView.Of(p).Audit(), identities_unlinked = links }));
            return true;
        }, ct);
        if (!removed) return Problems.NotFound("sso provider");
        schemes.Remove(id);
        return TypedResults.NoContent();
    }

    private static Validator Validate(string id, Request r)
    {
        var v = new Validator().Required("display_name", r.DisplayName).MaxLength("display_name", r.DisplayName, 64)
            .Required("issuer", r.Issuer).MaxLength("issuer", r.Issuer, 512)
            .Required("client_id", r.ClientId).MaxLength("client_id", r.ClientId, 256).MaxLength("client_secret", r.ClientSecret, 1024)
            .MaxLength("roles_claim", r.RolesClaim, 64);
        if (!IdPattern().IsMatch(id)) v.Add("id", SsoText.Get("id"));
        if (!string.IsNullOrWhiteSpace(r.Issuer) && !IsIssuer(r.Issuer.Trim())) v.Add("issuer", SsoText.Get("issuer"));
        foreach (var (scope, i) in (r.Scopes ?? []).Select((s, i) => (s, i)))
            if (string.IsNullOrWhiteSpace(scope) || scope.Length > 64 || scope.Any(char.IsWhiteSpace)) v.Add($"scopes[{i}]", SsoText.Get("scope"));
        foreach (var (m, i) in (r.RoleMappings ?? []).Select((m, i) => (m, i)))
            v.Required($"role_mappings[{i}].group", m.Group).MaxLength($"role_mappings[{i}].group", m.Group, 128);
        if (r.RoleMappings is { Count: > 0 } && string.IsNullOrWhiteSpace(r.RolesClaim)) v.Add("roles_claim", Messages.Get("required"));
        return v;
    }

    private static RoleGrant? Resolve(RoleDirectory roles, string? reference, string field, Validator v)
    {
        if (string.IsNullOrWhiteSpace(reference)) { v.Add(field, Messages.Get("required")); return null; }
        var role = roles.Resolve(reference);
        if (role is null) v.Add(field, SsoText.Get("role", reference));
        return role;
    }

    private static bool IsIssuer(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && SsoSchemes.IsLoopback(uri)));

    private static bool JsonEqual(object a, object b) =>
        System.Text.Json.JsonSerializer.Serialize(a) == System.Text.Json.JsonSerializer.Serialize(b);

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex IdPattern();
}
