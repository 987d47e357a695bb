using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// The <c>MoveCredentialsToAuth</c> migration carries every member's sign-in secrets from the member row to the Auth
/// feature's own table: a database left at the migration before it, with members written the old way, comes up on
/// the new server and those members sign in, finish a temporary password and use a reset link as before.
/// </summary>
public sealed class CredentialsMigrationTests
{
    private const string NewPassword = "Fresh-Passw0rd-After-Move!";

    [Fact]
    public async Task Sqlite_credentials_move_to_the_auth_table_with_their_values()
    {
        var app = new SqliteApp();
        var file = Path.Combine(app.DataDirectory, "gatehouse.db");
        Directory.CreateDirectory(app.DataDirectory);
        var options = new DbContextOptionsBuilder<SqliteGatehouseDb>().UseSqlite($"Data Source={file};Pooling=False").Options;
        await CarriesCredentialsAsync(app, () => new SqliteGatehouseDb(options),
            id => $"'{id.ToString().ToUpperInvariant()}'", "'[]'", "0", "1", at => $"'{at:yyyy-MM-dd HH:mm:ss}'");
    }

    [Fact]
    public async Task Postgres_credentials_move_to_the_auth_table_with_their_values()
    {
        var app = new PostgresApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        var options = new DbContextOptionsBuilder<PostgresGatehouseDb>().UseNpgsql(app.ConnectionString).Options;
        await CarriesCredentialsAsync(app, () => new PostgresGatehouseDb(options),
            id => $"'{id}'::uuid", "'{}'", "false", "true", at => $"'{at:yyyy-MM-dd HH:mm:ss}+00'");
    }

    private static async Task CarriesCredentialsAsync(GatehouseApp app, Func<GatehouseDb> oldSchema, Func<Guid, string> id, string emptyList,
        string no, string yes, Func<DateTime, string> instant)
    {
        try
        {
            await MigrateToTheOneBeforeAsync(oldSchema);
            var hasher = new PasswordHasher(Options.Create(new GatehouseOptions { Security = { Argon2MemoryKb = 1024, Argon2Iterations = 1 } }));
            var later = new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var (member, temporary, bare) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
            var memberHash = hasher.Hash(Api.MemberPassword);
            const string resetToken = "reset-token-written-before-the-move";

            // Written the old way: the secrets on the member row.
            string Row(Guid who, string name, string hash, string mustChange, string expires, string resetHash, string resetExpires) =>
                $"INSERT INTO users (\"Id\", \"Username\", \"UsernameNormalized\", \"DisplayName\", \"Email\", \"EmailNormalized\", \"SearchText\", " +
                "\"Status\", \"Tags\", \"AllowOverrides\", \"DenyOverrides\", \"CreatedAt\", \"UpdatedAt\", \"IsBanned\", \"IsDisabled\", \"IsOwner\", \"Version\", " +
                "\"PasswordHash\", \"PasswordMustChange\", \"PasswordExpiresAt\", \"PasswordResetHash\", \"PasswordResetExpiresAt\") VALUES " +
                $"({id(who)}, '{name}', '{name.ToUpperInvariant()}', '{name}', '{name}@example.test', '{name.ToUpperInvariant()}@EXAMPLE.TEST', '{name}', " +
                $"'offline', {emptyList}, {emptyList}, {emptyList}, {instant(DateTime.UtcNow)}, {instant(DateTime.UtcNow)}, {no}, {no}, {no}, 1, " +
                $"{hash}, {mustChange}, {expires}, {resetHash}, {resetExpires});";
            await app.ExecuteSqlAsync(
                Row(member, "moved", $"'{memberHash}'", no, "NULL", "NULL", "NULL") +
                Row(temporary, "temporary", $"'{hasher.Hash("Temporary-Passw0rd!")}'", yes, instant(later), $"'{AccountMail.HashOf(resetToken)}'", instant(later)) +
                Row(bare, "bare", "NULL", no, "NULL", "NULL", "NULL"));

            using var anon = app.CreateClient(); // starts the server: it migrates to the latest migration
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
                var moved = await db.Set<MemberCredential>().AsNoTracking().FirstAsync(c => c.UserId == member);
                Assert.Equal(memberHash, moved.PasswordHash);
                Assert.False(moved.PasswordMustChange);
                var temp = await db.Set<MemberCredential>().AsNoTracking().FirstAsync(c => c.UserId == temporary);
                Assert.True(temp.PasswordMustChange);
                Assert.Equal(later, temp.PasswordExpiresAt);
                Assert.Equal(AccountMail.HashOf(resetToken), temp.PasswordResetHash);
                Assert.Equal(later, temp.PasswordResetExpiresAt);
                Assert.False(await db.Set<MemberCredential>().AnyAsync(c => c.UserId == bare), "a member with no secret gets no row");
            }
            // The member row no longer holds them.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.ExecuteSqlAsync("SELECT \"PasswordHash\" FROM users;"));

            await (await anon.PostAsJsonAsync("/api/v1/auth/login", new { email = "moved@example.test", password = Api.MemberPassword }))
                .ShouldBeAsync(HttpStatusCode.OK);
            var mustChange = await (await anon.PostAsJsonAsync("/api/v1/auth/login", new { email = "temporary@example.test", password = "Temporary-Passw0rd!" }))
                .ShouldBeAsync(HttpStatusCode.Forbidden);
            Assert.Equal("password-change-required", mustChange.ProblemType());
            await (await anon.PostAsJsonAsync("/api/v1/auth/password-reset", new { token = resetToken, new_password = NewPassword }))
                .ShouldBeAsync(HttpStatusCode.NoContent);
            await (await anon.PostAsJsonAsync("/api/v1/auth/login", new { email = "temporary@example.test", password = NewPassword }))
                .ShouldBeAsync(HttpStatusCode.OK);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    /// <summary>The schema as it was just before the move (whatever the migration before it is called).</summary>
    private static async Task MigrateToTheOneBeforeAsync(Func<GatehouseDb> oldSchema)
    {
        await using var db = oldSchema();
        var all = db.Database.GetMigrations().ToList();
        var move = all.FindIndex(m => m.EndsWith("_MoveCredentialsToAuth", StringComparison.Ordinal));
        Assert.True(move > 0, "the MoveCredentialsToAuth migration exists and has one before it");
        await db.GetService<IMigrator>().MigrateAsync(all[move - 1]);
    }
}
