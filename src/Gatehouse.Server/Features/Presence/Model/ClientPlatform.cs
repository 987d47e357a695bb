namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>Where a gateway session runs; <c>client_status</c> reports one status per platform.</summary>
public enum ClientPlatform : byte
{
    Web,
    Desktop,
    Mobile,
}

public static class ClientPlatforms
{
    public static readonly string[] Names = ["web", "desktop", "mobile"];

    public static bool TryParse(string? value, out ClientPlatform platform)
    {
        platform = ClientPlatform.Web;
        if (string.IsNullOrEmpty(value)) return true;
        var index = Array.IndexOf(Names, value);
        if (index < 0) return false;
        platform = (ClientPlatform)index;
        return true;
    }
}
