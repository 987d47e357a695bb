using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>The signed-in member's accounts at single sign-on providers, shown and unlinked on the Security page.</summary>
public static class LinkedIdentities
{
    public sealed record IdentityView(Guid Id, string Provider, string ProviderName, string Email, DateTime LinkedAt, DateTime? LastSignInAt);

    public static async Task<Ok<List<IdentityView>>> Mine(CurrentActor actor, GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok(await (from i in db.SsoIdentities.AsNoTracking()
                               join p in db.SsoProviders.AsNoTracking() on i.ProviderId equals p.Id
                               where i.UserId == actor.UserId
                               orderby i.LinkedAt
                               select new IdentityView(i.Id, p.Id, p.DisplayName, i.Email, i.LinkedAt, i.LastSignInAt)).ToListAsync(ct));

    /// <summary>Unlinks one; refused when it is the member's only way in (no password, no other identity).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Unlink(Guid id, CurrentActor actor, GatehouseDb db, IAuditLog audit,
        SecurityNotices notices, CancellationToken ct)
    {
        string? unlinkedFrom = null;
        var result = await db.WriteAsync<Results<NoContent, ProblemHttpResult>>(async c =>
        {
            unlinkedFrom = null;
            var identity = await db.SsoIdentities.FirstOrDefaultAsync(i => i.Id == id && i.UserId == actor.UserId, c);
            if (identity is null) return Problems.NotFound("identity");
            var hasPassword = await db.Set<MemberCredential>().AnyAsync(x => x.UserId == actor.UserId && x.PasswordHash != null, c);
            var others = await db.SsoIdentities.CountAsync(i => i.UserId == actor.UserId && i.Id != id, c);
            if (!hasPassword && others == 0) return Problems.Conflict("last-way-in", SsoText.Get("last_way_in"));
            db.SsoIdentities.Remove(identity);
            unlinkedFrom = await db.SsoProviders.Where(p => p.Id == identity.ProviderId).Select(p => p.DisplayName).FirstOrDefaultAsync(c) ?? identity.ProviderId;
            audit.Record(new AuditRecord("auth.sso_unlinked", "user", actor.UserId.ToString(),
                new { provider = identity.ProviderId, subject = identity.Subject, email = identity.Email }));
            return TypedResults.NoContent();
        }, ct);
        if (unlinkedFrom is not null) await notices.SendAsync(actor.UserId!.Value, "sso_unlinked", unlinkedFrom);
        return result;
    }
}
