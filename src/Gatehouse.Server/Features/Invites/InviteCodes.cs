using System.Security.Cryptography;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Invites;

public static class InviteCodes
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const int Length = 16;

    /// <summary>16 characters from 62: about 95 bits, far beyond guessing at any rate limit.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code of the wrong shape is simply unknown (no look-up).</summary>
    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(c => char.IsAsciiLetterOrDigit(c));

    public static async Task<Invite> FindAsync(GatehouseDb db, string code, bool track, CancellationToken ct)
    {
        Invite? invite = null;
        if (IsWellFormed(code))
        {
            var query = track ? db.Invites : db.Invites.AsNoTracking();
            invite = await query.FirstOrDefaultAsync(i => i.Code == code, ct);
        }
        return invite ?? throw new RuleViolation(404, "not-found", InviteText.Get("unknown"));
    }
}
