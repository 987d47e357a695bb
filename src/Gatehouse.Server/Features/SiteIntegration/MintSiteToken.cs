using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.SiteIntegration;

public static partial class MintSiteToken
{
    /// <summary>The member a site's back end vouches for, and the profile fields to keep in step.</summary>
    /// <param name="ExternalId">The site's own id for the member (unique within the source).</param>
    /// <param name="Username">Needed the first time (the member is created); later, changes the username.</param>
    /// <param name="Email">Optional.</param>
    /// <param name="Roles">Role ids or names to give the member (replacing theirs), within the key's hierarchy; omit to leave roles alone.</param>
    /// <param name="Source">The site's name for itself (default from <c>Gatehouse:Site:DefaultSource</c>).</param>
    public sealed record Request(
        string? ExternalId, string? Username = null, string? DisplayName = null, string? AvatarUrl = null, string? Email = null,
        IReadOnlyList<string>? Roles = null, string? Source = null);

    /// <summary>A connection token for the site's page: pass it to the site SDK as its access token.</summary>
    /// <param name="Token">Opens the gateway (and analytics ingest) for this member only; never the admin API.</param>
    /// <param name="Created">The member was created by this call.</param>
    public sealed record Response(string Token, DateTime ExpiresAt, int ExpiresIn, Guid UserId, bool Created);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex SourceName();

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, GatehouseDb db, IMemberWrites members, IConnectionTokens tokens, IMemberSanctions sanctions,
        IAuditLog audit, IOptionsMonitor<SiteOptions> options, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var source = request.Source ?? o.DefaultSource;
        var v = new Validator().Required("external_id", request.ExternalId);
        if (!SourceName().IsMatch(source)) v.Add("source", Messages.Get("site.source_format"));
        // A site that signs its own tokens owns its source name: a key may not speak for its members.
        else if (request.Source is not null && o.Sources.ContainsKey(source)) v.Add("source", Messages.Get("site.source_signed", source));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var profile = new SiteProfile(source, request.ExternalId!, request.Username, request.DisplayName, request.AvatarUrl, request.Email, request.Roles);
        var member = await db.WriteAsync(c => members.SyncSiteMemberAsync(profile, createIfMissing: true, c), ct);
        if (await SiteAdmission.RefusalAsync(member, sanctions, ct) is { } refusal)
        {
            await audit.RecordAloneAsync(new AuditRecord("site.token_refused", "user", member.UserId.ToString(),
                new { source, external_id = request.ExternalId, reason = refusal.Type }, SiteAdmission.Denied), ct);
            return Problems.Make(refusal.Status, refusal.Type, refusal.Detail,
                refusal.Reason is null ? null : new Dictionary<string, object?> { ["until"] = refusal.Until, ["reason"] = refusal.Reason });
        }
        var issued = await tokens.IssueAsync(member.UserId, source, request.ExternalId!, o.TokenLifetime, ct);
        return TypedResults.Ok(new Response(issued.Token, issued.ExpiresAt, (int)o.TokenLifetime.TotalSeconds, member.UserId, member.Created));
    }
}
