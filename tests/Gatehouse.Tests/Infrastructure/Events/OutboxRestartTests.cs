using Gatehouse.Server.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Events;

/// <summary>
/// An event committed while nothing delivered it (the process died right after the commit) is
/// delivered by the next server on the same database.
/// </summary>
public sealed class OutboxRestartTests
{
    private static readonly Dictionary<string, string?> NoDispatch = new() { ["Gatehouse:Events:Dispatch"] = "false" };

    [Fact]
    public Task Sqlite_events_committed_before_a_crash_are_delivered_after_restart()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-tests", Guid.NewGuid().ToString("N"));
        return DeliveredAfterRestartAsync(
            () => new SqliteApp { DataDirectory = dir, KeepStorage = true, InstanceSettings = NoDispatch },
            services => new SqliteApp { DataDirectory = dir, InstanceServices = services });
    }

    [Fact]
    public async Task Postgres_events_committed_before_a_crash_are_delivered_after_restart()
    {
        var name = "gh_test_" + Guid.NewGuid().ToString("N")[..16];
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-tests", Guid.NewGuid().ToString("N"));
        await DeliveredAfterRestartAsync(
            () => new PostgresApp { DatabaseName = name, DataDirectory = dir, KeepStorage = true, InstanceSettings = NoDispatch },
            services => new PostgresApp { DatabaseName = name, DataDirectory = dir, InstanceServices = services });
    }

    private static async Task DeliveredAfterRestartAsync(Func<GatehouseApp> first, Func<Action<IServiceCollection>, GatehouseApp> second)
    {
        string id;
        await using (var app = first())
        {
            await ((IAsyncLifetime)app).InitializeAsync();
            using var owner = await app.OwnerAsync();
            id = (await owner.CreateUserAsync(Api.Unique("crash"))).GetProperty("id").GetGuid().ToString();
            await ((IAsyncLifetime)app).DisposeAsync();
        }

        var again = second(services => services.AddDomainEventSubscriber<RecordingSubscriber>());
        await ((IAsyncLifetime)again).InitializeAsync();
        try
        {
            _ = again.Server; // start the host: its dispatcher reads the outbox from the subscriber's checkpoint
            var delivered = await again.Services.GetRequiredService<RecordingSubscriber>().WaitForAsync(DomainEventTypes.UserCreated, id);
            Assert.Equal(1, delivered.AggregateVersion);
        }
        finally
        {
            await ((IAsyncLifetime)again).DisposeAsync();
        }
    }
}
