using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>
/// A member's own authenticator app: see the state, enrol (secret + otpauth:// URI, then a first
/// code turns it on and gives 10 recovery codes, shown once), replace the recovery codes, turn it off
/// with a code. Enrolment needs a fresh step-up, so a stolen access token cannot bind the
/// thief's phone to the account.
/// </summary>
public static class ManageOwnTwoFactor
{
    /// <param name="Enabled">Sign-in asks for a code.</param>
    /// <param name="Pending">An enrolment was started and waits for its first code.</param>
    /// <param name="RecoveryCodesLeft">Unused recovery codes.</param>
    /// <param name="Required">The member's roles require two-factor sign-in.</param>
    public sealed record Status(bool Enabled, bool Pending, int RecoveryCodesLeft, bool Required);

    /// <param name="Secret">The base32 key, for typing into the app by hand.</param>
    /// <param name="OtpauthUri">The same key as an otpauth:// URI, for the QR code.</param>
    public sealed record Enrolment(string Secret, string OtpauthUri);

    /// <param name="Code">A 6-digit code from the app (disable and renewal also take a recovery code).</param>
    public sealed record CodeRequest(string? Code);

    /// <param name="Codes">Each works once in place of an app code. Shown only now: store them safely.</param>
    public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

    public static async Task<Ok<Status>> GetStatus(CurrentActor actor, GatehouseDb db, TwoFactorPolicy policy, CancellationToken ct)
    {
        var row = await db.Set<TwoFactorEnrolment>().AsNoTracking().FirstOrDefaultAsync(t => t.UserId == actor.UserId, ct);
        return TypedResults.Ok(new Status(row?.ConfirmedAt is not null, row is { ConfirmedAt: null }, row?.RecoveryCodeHashes.Count ?? 0,
            policy.Requires(actor.Granted)));
    }

    public static async Task<Results<Ok<Enrolment>, ProblemHttpResult>> Start(
        CurrentActor actor, GatehouseDb db, IMemberSignIns members, TotpCodes codes, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var user = await Credentials.SignedInMember.LoadAsync(members, actor, ct);
        var secret = TotpCodes.NewSecret();
        var refused = await db.WriteAsync<ProblemHttpResult?>(async c =>
        {
            var set = db.Set<TwoFactorEnrolment>();
            var row = await set.FirstOrDefaultAsync(t => t.UserId == user.Id, c);
            if (row?.ConfirmedAt is not null) return Problems.Conflict("two-factor-enabled", TwoFactorText.Get("already"));
            if (row is null) set.Add(row = new TwoFactorEnrolment { UserId = user.Id });
            row.SecretProtected = codes.Protect(secret);
            row.CreatedAt = time.GetUtcNow().UtcDateTime;
            audit.Record(new AuditRecord("auth.2fa_enrolment_started", "user", user.Id.ToString()));
            return null;
        }, ct);
        if (refused is not null) return refused;
        return TypedResults.Ok(new Enrolment(secret, TotpCodes.UriFor(secret, user.Email)));
    }

    public static async Task<Results<Ok<RecoveryCodes>, ProblemHttpResult>> Confirm(
        CodeRequest request, CurrentActor actor, GatehouseDb db, TotpCodes codes, IAuditLog audit, SecurityNotices notices, TimeProvider time, CancellationToken ct)
    {
        var userId = actor.UserId!.Value;
        var (plain, hashes) = TotpCodes.NewRecoveryCodes();
        var refused = await db.WriteAsync<ProblemHttpResult?>(async c =>
        {
            var row = await db.Set<TwoFactorEnrolment>().FirstOrDefaultAsync(t => t.UserId == userId, c);
            if (row is null) return Problems.Conflict("two-factor-not-started", TwoFactorText.Get("not_started"));
            if (row.ConfirmedAt is not null) return Problems.Conflict("two-factor-enabled", TwoFactorText.Get("already"));
            if (request.Code is null || !codes.TryUseCode(row, request.Code)) return Invalid();
            row.ConfirmedAt = time.GetUtcNow().UtcDateTime;
            row.RecoveryCodeHashes = hashes;
            audit.Record(new AuditRecord("auth.2fa_enabled", "user", userId.ToString()));
            return null;
        }, ct);
        if (refused is not null) return refused;
        await StepUp.StepUpClock.MarkAsync(db, actor.SessionId, time, ct);
        await notices.SendAsync(userId, "two_factor_enabled");
        return TypedResults.Ok(new RecoveryCodes(plain));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Disable(
        CodeRequest request, CurrentActor actor, GatehouseDb db, TwoFactorCheck check, TwoFactorPolicy policy, IAuditLog audit, SecurityNotices notices,
        CancellationToken ct)
    {
        var userId = actor.UserId!.Value;
        if (await check.EnabledAsync(userId, ct) is null) return Problems.Conflict("two-factor-not-enabled", TwoFactorText.Get("not_enabled"));
        if (policy.Requires(actor.Granted))
            return Problems.Forbidden("two-factor-required-by-role", TwoFactorText.Get("policy"));
        if (!await check.SpendAsync(userId, request.Code, allowRecovery: true, ct))
        {
            await audit.RecordAloneAsync(new AuditRecord("auth.2fa_disabled", "user", userId.ToString(), new { reason = "invalid_code" }, AuditResults.Fail), ct);
            return Invalid();
        }
        await db.WriteAsync(async c =>
        {
            await db.Set<TwoFactorEnrolment>().Where(t => t.UserId == userId).ExecuteDeleteAsync(c);
            audit.Record(new AuditRecord("auth.2fa_disabled", "user", userId.ToString()));
            return true;
        }, ct);
        await notices.SendAsync(userId, "two_factor_disabled");
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<RecoveryCodes>, ProblemHttpResult>> RenewRecoveryCodes(
        CodeRequest request, CurrentActor actor, GatehouseDb db, TwoFactorCheck check, IAuditLog audit, SecurityNotices notices, CancellationToken ct)
    {
        var userId = actor.UserId!.Value;
        if (await check.EnabledAsync(userId, ct) is null) return Problems.Conflict("two-factor-not-enabled", TwoFactorText.Get("not_enabled"));
        if (!await check.SpendAsync(userId, request.Code, allowRecovery: true, ct)) return Invalid();
        var (plain, hashes) = TotpCodes.NewRecoveryCodes();
        await db.WriteAsync(async c =>
        {
            var row = await db.Set<TwoFactorEnrolment>().FirstAsync(t => t.UserId == userId, c);
            row.RecoveryCodeHashes = hashes;
            row.Version++;
            audit.Record(new AuditRecord("auth.2fa_recovery_codes_renewed", "user", userId.ToString()));
            return true;
        }, ct);
        await notices.SendAsync(userId, "recovery_codes_renewed");
        return TypedResults.Ok(new RecoveryCodes(plain));
    }

    internal static ProblemHttpResult Invalid() =>
        Problems.Make(400, "invalid-two-factor-code", TwoFactorText.Get("invalid"), new Dictionary<string, object?> { ["field"] = "code" });
}
