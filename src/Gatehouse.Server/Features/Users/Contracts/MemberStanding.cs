using System.Linq.Expressions;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// The one rule for "this account may be present, sign in and hold access" at an instant: not
/// deleted, disabled or banned by then. Time-aware so temporary sanctions (bans, mutes with an end)
/// plug in here and nowhere else. The member entity turns it into a database filter; read models
/// (<see cref="MemberAccount"/>) evaluate it in memory.
/// </summary>
public static class MemberStanding
{
    /// <summary>(deleted at, disabled, banned, banned until, at) → active.</summary>
    public static readonly Expression<Func<DateTime?, bool, bool, DateTime?, DateTime, bool>> Rule =
        (deletedAt, disabled, banned, bannedUntil, at) =>
            (deletedAt == null || deletedAt > at) && !disabled && !(banned && (bannedUntil == null || bannedUntil > at));

    private static readonly Func<DateTime?, bool, bool, DateTime?, DateTime, bool> Check = Rule.Compile();

    public static bool IsActive(DateTime? deletedAt, bool disabled, bool banned, DateTime? bannedUntil, DateTime at) =>
        Check(deletedAt, disabled, banned, bannedUntil, at);
}
