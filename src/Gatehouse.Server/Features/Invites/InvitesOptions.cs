namespace Gatehouse.Server.Features.Invites;

/// <summary>Settings under <c>Gatehouse:Invites</c>.</summary>
public sealed class InvitesOptions
{
    public const string Section = "Gatehouse:Invites";

    /// <summary>Accepts (and landing-page look-ups) allowed per client address per minute: codes are not to be guessed.</summary>
    public int AcceptsPerIpPerMinute { get; set; } = 20;
}
