namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>The statuses a member may choose, and the one an absent member has.</summary>
public static class UserStatuses
{
    public const string Online = "online";
    public const string Idle = "idle";
    public const string Dnd = "dnd";
    public const string Invisible = "invisible";
    public const string Offline = "offline";
    public static readonly string[] All = [Online, Idle, Dnd, Invisible, Offline];
}
