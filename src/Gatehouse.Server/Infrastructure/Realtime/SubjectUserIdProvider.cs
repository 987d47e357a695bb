using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>Access tokens name the user in <c>sub</c> (inbound claim mapping is off), not in NameIdentifier.</summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst("sub")?.Value;

    public static Guid UserIdOf(HubCallerContext context) =>
        Guid.TryParse(context.UserIdentifier, out var id) ? id : throw new HubException("unauthorized");
}
