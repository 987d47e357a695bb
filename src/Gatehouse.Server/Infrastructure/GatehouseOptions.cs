namespace Gatehouse.Server.Infrastructure;

/// <summary>Everything under the <c>Gatehouse</c> configuration section.</summary>
public sealed class GatehouseOptions
{
    public const string Section = "Gatehouse";

    /// <summary>Where the SQLite file, the audit key and backups live.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary><c>Single</c> (embedded defaults) or <c>Cluster</c> (PostgreSQL + Redis).</summary>
    public string Mode { get; set; } = "Single";

    public DatabaseOptions Database { get; set; } = new();
    public OwnerOptions Owner { get; set; } = new();
    public SecurityOptions Security { get; set; } = new();
    public UsersOptions Users { get; set; } = new();
}

public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c> (then <c>ConnectionStrings:Postgres</c> is used).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// PostgreSQL connections a node keeps open at most, unless the connection string sets its own
    /// <c>Maximum Pool Size</c>; null: four per core of this machine (docs/adr/postgres-pool-size.md).
    /// </summary>
    public int? MaxPoolSize { get; set; }
}

public sealed class OwnerOptions
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string Username { get; set; } = "owner";
}

public sealed class SecurityOptions
{
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
    /// <summary>A signing key signs new tokens for this long, then stays published in the JWKS for one more access-token lifetime.</summary>
    public TimeSpan SigningKeyRotation { get; set; } = TimeSpan.FromDays(30);
    /// <summary>How long a hub negotiate's socket ticket opens a connection (docs/adr/hub-socket-ticket.md).</summary>
    public TimeSpan SocketTicketLifetime { get; set; } = TimeSpan.FromMinutes(1);
    public string Issuer { get; set; } = "gatehouse";
    /// <summary>Argon2id cost; the defaults follow OWASP's password storage guidance (19 MiB, 2 passes).</summary>
    public int Argon2MemoryKb { get; set; } = 19456;
    public int Argon2Iterations { get; set; } = 2;
    /// <summary>Failed attempts from one source IP before that (e-mail, IP) pair is locked; each further failure doubles the lock.</summary>
    public int LockoutThreshold { get; set; } = 5;
    public TimeSpan LockoutBase { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan LockoutMax { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Failures on one e-mail, from any source within <see cref="BackstopWindow"/>, after which every attempt is slowed.</summary>
    public int BackstopThreshold { get; set; } = 20;
    public TimeSpan BackstopWindow { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long each attempt on an e-mail past the backstop waits before it is checked.</summary>
    public TimeSpan BackstopDelay { get; set; } = TimeSpan.FromSeconds(3);
    /// <summary>Login attempts allowed per client IP per minute.</summary>
    public int LoginAttemptsPerIpPerMinute { get; set; } = 20;
    /// <summary>Comma-separated proxies (addresses or CIDR) whose X-Forwarded-For is believed; none by default.</summary>
    public string? TrustedProxies { get; set; }
    /// <summary>Per area (e.g. <c>AuditExport</c>): comma-separated networks allowed in; an area not listed is open to anyone with the permission.</summary>
    public Dictionary<string, string> IpAllowlist { get; set; } = [];
    /// <summary>Refreshes allowed per client IP per minute (its own budget, apart from sign-ins).</summary>
    public int RefreshPerIpPerMinute { get; set; } = 300;
    /// <summary>A just-rotated refresh token presented again within this window gets the same successor instead of revoking the family.</summary>
    public TimeSpan RefreshReuseGrace { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long a temporary password set by an administrator works (it must be changed at first sign-in).</summary>
    public TimeSpan TemporaryPasswordLifetime { get; set; } = TimeSpan.FromDays(1);
    /// <summary>How long a password-reset link works (one use).</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long the link a new member gets to choose their first password works (one use).</summary>
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromDays(3);
    /// <summary>How long the link confirming a new e-mail address works (one use).</summary>
    public TimeSpan EmailConfirmationLifetime { get; set; } = TimeSpan.FromDays(1);
    /// <summary>How long a password or two-factor re-check unlocks dangerous actions ("sudo mode").</summary>
    public TimeSpan StepUpWindow { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How long a single sign-on provider may take to answer Gatehouse directly (discovery, keys, code redemption); a sign-in that waits longer is sent back with "unreachable".</summary>
    public TimeSpan SsoBackchannelTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Members holding any of these permissions must sign in with two factors (and enrol at their next sign-in).</summary>
    public List<string> TwoFactorRequiredFor { get; set; } = [];
    /// <summary>The address the panel is served from, for links handed out (password reset); the request's own origin when unset.</summary>
    public string? PublicOrigin { get; set; }
}

public sealed class UsersOptions
{
    /// <summary><c>Soft</c> keeps a tombstone (deleted_at); <c>Hard</c> removes the row.</summary>
    public string DeleteMode { get; set; } = "Soft";
    /// <summary>How long a member who left may come back (by signing in or through an invite) with their profile.</summary>
    public TimeSpan ReturnWindow { get; set; } = TimeSpan.FromDays(30);
    /// <summary>The community's choice: a member who comes back gets their previous roles (true) or starts as a new member (false, Discord's way).</summary>
    public bool RestoreRolesOnReturn { get; set; }
}
