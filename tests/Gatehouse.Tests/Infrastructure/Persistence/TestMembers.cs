using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Persistence;

/// <summary>Members built and saved straight through the context, for tests of how rows are written and read.</summary>
public static class TestMembers
{
    public static User New(string prefix, int i, DateTime at) => new()
    {
        Username = $"{prefix}-{i}",
        UsernameNormalized = $"{prefix}-{i}".ToUpperInvariant(),
        DisplayName = "Same name",
        Email = $"{prefix}-{i}@example.test",
        EmailNormalized = $"{prefix}-{i}@example.test",
        Tags = ["a", "b"],
        CreatedAt = at,
        UpdatedAt = at,
        LastSeenAt = null,
    };

    /// <summary>Saves the members in one write (a bulk of added rows when there are enough of them).</summary>
    public static async Task SaveAsync(GatehouseApp app, IReadOnlyList<User> members)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.WriteAsync(async ct =>
        {
            db.Users.AddRange(members);
            await Task.CompletedTask;
            return 0;
        }, CancellationToken.None);
    }
}
