namespace Gatehouse.Server.Features.Roles;

public sealed class Role
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    /// <summary>Upper-cased name: role names are unique without regard to case.</summary>
    public string NameNormalized { get; set; } = "";
    public string? Description { get; set; }
    public string? Color { get; set; }
    public string? Icon { get; set; }
    public int Priority { get; set; }
    public List<string> Allow { get; set; } = [];
    public List<string> Deny { get; set; } = [];
    public List<Guid> Inherits { get; set; } = [];
    public bool IsSystem { get; set; }
    public bool Hoist { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
