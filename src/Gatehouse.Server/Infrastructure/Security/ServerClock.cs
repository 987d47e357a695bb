using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Token lifetimes checked on the server's <see cref="TimeProvider"/>, not IdentityModel's DateTime.UtcNow.</summary>
public static class ServerClock
{
    public static LifetimeValidator Lifetime(TimeProvider time) => (notBefore, expires, _, p) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore <= now + p.ClockSkew) && expires is not null && expires >= now - p.ClockSkew;
    };
}
