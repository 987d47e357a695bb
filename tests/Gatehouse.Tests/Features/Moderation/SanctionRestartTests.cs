using System.Net;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>A ban that expires while the server is down is lifted when it starts, audited and announced like any expiry.</summary>
public abstract class SanctionRestartTests<TApp> where TApp : GatehouseApp, ILiveApp, new()
{
    [Fact]
    public async Task A_ban_that_expired_during_downtime_is_lifted_at_start()
    {
        var first = new TApp();
        await first.InitializeAsync();
        TApp? second = null;
        try
        {
            var member = await first.PersonAsync();
            using (var owner = await first.OwnerAsync())
                await (await owner.SanctionAsync(member.Id, "ban", new { reason = "Raid", duration = "PT1H" })).ShouldBeAsync(HttpStatusCode.Created);
            await first.DisposeAsync(); // stops the host, keeps the storage

            second = new TApp();
            second.ContinueFrom(first);
            second.Clock.Advance(TimeSpan.FromHours(2)); // the server was down past the ban's end
            await second.InitializeAsync();
            var lifted = await second.EventAboutAsync(DomainEventTypes.SanctionLifted, member.Id, "ban");
            Assert.Equal("expired", lifted.Payload.GetProperty("end_reason").GetString());
            await second.AccessTokenAsync(member.Email, Api.MemberPassword);
        }
        finally
        {
            if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}

public sealed class SanctionRestartTests_Sqlite : SanctionRestartTests<ModerationSqliteApp>;

public sealed class SanctionRestartTests_Postgres : SanctionRestartTests<ModerationPostgresApp>;
