using System.Net;
using System.Text.Json;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>
/// The node's copy of the mutes in force: what it answers as events arrive, and that it never answers while it is
/// behind a commit of this node (the caller then asks the database). Each copy here is a fresh one, loaded from the
/// app's database and fed events by hand, so the dispatcher's timing plays no part.
/// </summary>
public abstract class MutedMembersTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task The_copy_follows_mutes_applied_replaced_lifted_and_expired()
    {
        var copy = await LoadedCopyAsync();
        var member = Guid.NewGuid();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var first = Guid.NewGuid();
        // Sequences well past this node's commits, so a background commit of the app never puts the copy behind.
        var position = app.Service<OutboxSealer>().LastCommittedHere + 1_000;

        await copy.HandleAsync(Event(++position, DomainEventTypes.SanctionApplied, member, first, "mute", "Cool down", now.AddMinutes(5)), default);
        Assert.True(copy.TryFind(Guid.NewGuid(), now, out var none));
        Assert.Null(none);
        Assert.True(copy.TryFind(member, now, out var muted));
        Assert.Equal((first, "Cool down", now.AddMinutes(5)), (muted!.SanctionId, muted.Reason, muted.Until));
        Assert.True(copy.TryFind(member, now.AddMinutes(5), out var expired));
        Assert.Null(expired); // past its end without an event, as the database query sees it

        // A longer mute replaces it: the replaced one ends after the new one was applied.
        var second = Guid.NewGuid();
        await copy.HandleAsync(Event(++position, DomainEventTypes.SanctionApplied, member, second, "mute", "Second time", null), default);
        await copy.HandleAsync(Event(++position, DomainEventTypes.SanctionLifted, member, first, "mute", "Cool down", now.AddMinutes(5)), default);
        Assert.True(copy.TryFind(member, now.AddDays(30), out var replaced));
        Assert.Equal((second, (DateTime?)null), (replaced!.SanctionId, replaced.Until));

        // Other kinds and an event delivered twice change nothing.
        await copy.HandleAsync(Event(++position, DomainEventTypes.SanctionApplied, member, Guid.NewGuid(), "warn", "Spam", null), default);
        await copy.HandleAsync(Event(position - 2, DomainEventTypes.SanctionApplied, member, first, "mute", "Cool down", null), default);
        Assert.True(copy.TryFind(member, now, out var still));
        Assert.Equal(second, still!.SanctionId);

        await copy.HandleAsync(Event(++position, DomainEventTypes.SanctionLifted, member, second, "mute", "Second time", null), default);
        Assert.True(copy.TryFind(member, now, out var lifted));
        Assert.Null(lifted);
    }

    [Fact]
    public async Task Behind_a_commit_of_this_node_the_copy_does_not_answer_and_the_database_does()
    {
        var copy = await LoadedCopyAsync();
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();

        await (await moderator.Client.SanctionAsync(member.Id, "mute", new { reason = "Cool down", duration = "PT5M" })).ShouldBeAsync(HttpStatusCode.Created);
        var applied = await app.EventAboutAsync(DomainEventTypes.SanctionApplied, member.Id, "mute");

        // This copy gets no events: it stays behind the mute's commit, so it must not say "not muted".
        Assert.True(app.Service<OutboxSealer>().LastCommittedHere >= applied.Sequence);
        Assert.False(copy.IsCurrent);
        Assert.False(copy.TryFind(member.Id, app.Clock.GetUtcNow().UtcDateTime, out _));

        // The gateway refuses the message whichever way the node's own copy stands.
        await using var site = await app.SiteAsync(member.Token);
        var refused = await Assert.ThrowsAsync<HubException>(() => site.Gateway.SetStatusAsync("online", "hello"));
        Assert.Contains("muted", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_rolled_back_does_not_move_the_last_commit_of_this_node()
    {
        var sealer = app.Service<OutboxSealer>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var committed = sealer.LastCommittedHere;
            await using var tx = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<IDomainEvents>().Record("test.rolled_back", "test", "x", 1, new { });
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
            Assert.Equal(committed, sealer.LastCommittedHere);
        }
        var before = sealer.LastCommittedHere;
        await app.PersonAsync(); // a member created: a commit with events
        Assert.True(sealer.LastCommittedHere > before);
        Assert.True(sealer.LastCommittedHere <= await LastSequenceAsync());
    }

    private async Task<MutedMembers> LoadedCopyAsync()
    {
        var copy = new MutedMembers(app.Service<OutboxSealer>());
        Assert.False(copy.IsCurrent); // not loaded: never answers
        await using var scope = app.Services.CreateAsyncScope();
        await copy.LoadAsync(scope.ServiceProvider.GetRequiredService<GatehouseDb>(), default);
        return copy;
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await db.OutboxMessages.MaxAsync(m => (long?)m.Sequence) ?? 0;
    }

    private static DomainEvent Event(long sequence, string type, Guid member, Guid sanction, string kind, string reason, DateTime? until) =>
        new(Guid.NewGuid(), type, SanctionEvents.AggregateType, sanction.ToString(), 1, DateTimeOffset.UnixEpoch, null, null, null,
            JsonSerializer.SerializeToElement(new { sanction_id = sanction, user_id = member, kind, reason, expires_at = until }))
        { Sequence = sequence };
}

public sealed class MutedMembersTests_Sqlite(ModerationSqliteApp app) : MutedMembersTests<ModerationSqliteApp>(app);

public sealed class MutedMembersTests_Postgres(ModerationPostgresApp app) : MutedMembersTests<ModerationPostgresApp>(app);
