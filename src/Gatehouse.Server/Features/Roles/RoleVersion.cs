namespace Gatehouse.Server.Features.Roles;

/// <summary>A snapshot of a role after one change; rollback writes a new version equal to an old one.</summary>
public sealed class RoleVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoleId { get; set; }
    public int Version { get; set; }
    public string Change { get; set; } = "";
    /// <summary>JSON of <see cref="RoleSnapshot"/>.</summary>
    public string Snapshot { get; set; } = "{}";
    public Guid? ActorUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
