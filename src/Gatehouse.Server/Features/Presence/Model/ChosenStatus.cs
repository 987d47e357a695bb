using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>The account-wide status a user picks. <c>offline</c> is never chosen: it is what no session means.</summary>
public enum ChosenStatus : byte
{
    Online,
    Idle,
    Dnd,
    Invisible,
}

public static class ChosenStatuses
{
    public static readonly string[] Names = [UserStatuses.Online, UserStatuses.Idle, UserStatuses.Dnd, UserStatuses.Invisible];

    public static bool TryParse(string? value, out ChosenStatus status)
    {
        var index = Array.IndexOf(Names, value);
        status = index < 0 ? ChosenStatus.Online : (ChosenStatus)index;
        return index >= 0;
    }

    /// <summary>The stored column; rows never touched by presence hold <c>offline</c>, which means "never chose": online.</summary>
    public static ChosenStatus FromColumn(string? value) => TryParse(value, out var s) ? s : ChosenStatus.Online;

    public static string Name(this ChosenStatus status) => Names[(int)status];
}
