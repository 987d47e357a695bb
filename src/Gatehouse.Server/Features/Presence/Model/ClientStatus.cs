using System.Text.Json.Serialization;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>The status on each platform where the user has a session; platforms without one are absent.</summary>
public sealed record ClientStatus(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Web = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Desktop = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Mobile = null)
{
    public static readonly ClientStatus None = new();

    public string? For(ClientPlatform platform) => platform switch
    {
        ClientPlatform.Web => Web,
        ClientPlatform.Desktop => Desktop,
        _ => Mobile,
    };
}
