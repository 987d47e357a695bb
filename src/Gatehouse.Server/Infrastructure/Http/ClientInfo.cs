namespace Gatehouse.Server.Infrastructure.Http;

public static class ClientInfo
{
    /// <summary>The client address after forwarded-header processing (configured at start-up).</summary>
    public static string? Ip(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    public static string? UserAgent(HttpContext http)
    {
        var ua = http.Request.Headers.UserAgent.ToString();
        return ua.Length == 0 ? null : ua.Length > 512 ? ua[..512] : ua;
    }
}
