namespace Gatehouse.Server.Features.Moderation.Contracts;

/// <summary>What a member's site client receives on the gateway as the <c>sanction</c> event.</summary>
/// <param name="Until">End of a timed mute or ban; null when permanent or for a warning or kick.</param>
/// <param name="State">applied, lifted or expired.</param>
public sealed record SanctionNotice(Guid SanctionId, string Kind, string Reason, DateTime? Until, string State)
{
    public const string EventName = "sanction";
    public const string Applied = "applied";

    /// <summary>A sanction still in force, told again to a client that connects while it lasts.</summary>
    public static SanctionNotice InForce(ActiveSanction s) => new(s.SanctionId, s.Kind, s.Reason, s.Until, Applied);
}
