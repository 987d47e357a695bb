using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth.Contracts;

/// <summary>
/// What a feature adds to a session's renewal on request (<c>POST /auth/refresh?include=me,&lt;name&gt;</c>): the data
/// of a page's first screen, read as the renewed session's member. On a cold load the admin app's boot script renews
/// the session before the app's code has even downloaded; the page's data then comes back in the same round trip as
/// the access token, instead of in a second request that can only leave once the browser's main thread, busy with
/// the page's first layout and the app's scripts, has read the first answer (docs/adr/early-views.md).
/// </summary>
public interface IRefreshInclude
{
    /// <summary>The value of <c>include</c> that asks for it, and its key in the answer's <c>included</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The same answer the feature's own endpoint would give this member, or null when they may not read it (the
    /// answer then leaves it out: the page asks its own endpoint, which explains the refusal).
    /// </summary>
    Task<object?> ReadAsync(CurrentActor actor, CancellationToken ct);
}
