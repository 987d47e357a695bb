using System.Security.Claims;
using Gatehouse.Server.Features.Auth;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>The session's principal keeps two ids, not two claims, and answers as a principal with those claims would.</summary>
public sealed class SessionIdentityTests
{
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid Session = Guid.NewGuid();

    [Fact]
    public void It_answers_with_the_subject_and_the_session_as_claims()
    {
        var principal = SessionPrincipal.Of(Member, Session, "Bearer");
        Assert.Equal(Member.ToString(), principal.FindFirst("sub")?.Value);
        Assert.Equal(Session.ToString(), principal.FindFirst("SID")?.Value);
        Assert.Equal(Member.ToString(), principal.Identity?.Name);
        Assert.True(principal.Identity?.IsAuthenticated);
        Assert.Equal("Bearer", principal.Identity?.AuthenticationType);
        Assert.Equal(["sub", "sid"], principal.Claims.Select(c => c.Type));
        Assert.All(principal.Claims, c => Assert.Same(principal.Identity, c.Subject));
        Assert.True(principal.HasClaim("sid", Session.ToString()));
        Assert.False(principal.HasClaim("sid", Member.ToString()));
        Assert.Null(principal.FindFirst("role"));
        Assert.Empty(principal.FindAll("role"));
        // The member's id is one text, however often it is asked for: SignalR keeps it as the connection's user.
        Assert.Same(principal.FindFirst("sub")!.Value, principal.FindFirst("sub")!.Value);
    }

    [Fact]
    public void Claims_added_later_come_after_its_own_and_a_clone_keeps_them_all()
    {
        var identity = new SessionIdentity(Member, Session, "Bearer") { Label = "web" };
        identity.AddClaim(new Claim("amr", "pwd"));
        Assert.Equal(["sub", "sid", "amr"], identity.Claims.Select(c => c.Type));
        Assert.Equal("pwd", identity.FindFirst(c => c.Type == "amr")?.Value);
        Assert.Single(identity.FindAll(c => c.Type == "amr"));

        var copy = Assert.IsType<SessionIdentity>(identity.Clone());
        Assert.Equal((Member, Session, "web"), (copy.UserId, copy.SessionId, copy.Label));
        Assert.Equal(["sub", "sid", "amr"], copy.Claims.Select(c => c.Type));
        Assert.All(copy.Claims, c => Assert.Same(copy, c.Subject));
    }
}
