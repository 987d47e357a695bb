using System.Security.Cryptography;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

/// <summary>The one-time set-up token printed at start while the database has no owner.</summary>
public sealed class SetupState
{
    public string? Token { get; private set; }

    public string Issue() => Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Matches(string? token) =>
        Token is not null && token is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(Token), System.Text.Encoding.UTF8.GetBytes(token));

    public void Complete() => Token = null;
}

public static class Setup
{
    /// <summary>Whether this Gatehouse still waits for its owner.</summary>
    public sealed record Status(bool Needed);

    /// <summary>Creates the owner account, once.</summary>
    /// <param name="Token">The token from the set-up link printed in the server log.</param>
    public sealed record Request(string? Token, string? Username, string? Email, string? Password, string? DisplayName = null);

    public static async Task<Ok<Status>> GetStatus(GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok(new Status(!await db.Set<User>().AnyAsync(u => u.IsOwner, ct)));

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Complete(
        Request request, GatehouseDb db, SetupState state, PasswordHasher hasher, AccessService access, IAuditLog audit,
        TimeProvider time, CancellationToken ct)
    {
        if (await db.Set<User>().AnyAsync(u => u.IsOwner, ct)) return Problems.Conflict("already-set-up", Messages.Get("setup.done"));
        if (!state.Matches(request.Token)) return Problems.Forbidden("setup-token", Messages.Get("setup.token"));
        var v = new Validator()
            .Required("username", request.Username).Username("username", request.Username)
            .Required("email", request.Email).Email("email", request.Email)
            .Required("password", request.Password).MaxLength("display_name", request.DisplayName, 64);
        if (request.Password is not null && !PasswordPolicy.IsStrongEnough(request.Password, request.Username, request.Email))
            v.Add("password", Messages.Get("password.weak"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var owner = await db.WriteAsync(async c =>
        {
            if (await db.Set<User>().AnyAsync(u => u.IsOwner, c)) throw new RuleViolation(409, "already-set-up", Messages.Get("setup.done"));
            if (await UserRules.FindDuplicateAsync(db, request.Username, request.Email, null, c) is { } field)
                throw RuleViolation.Duplicate(field);
            var u = await OwnerAccount.CreateAsync(db, request.Username!, request.Email!, request.DisplayName,
                hasher.Hash(request.Password!), time.GetUtcNow().UtcDateTime, c);
            audit.Record(new AuditRecord("setup.completed", "user", u.Id.ToString(), new { username = u.Username }, ActorUserId: u.Id));
            return u;
        }, ct);
        state.Complete();
        return TypedResults.Created($"/api/v1/users/{owner.Id}", UserResponse.Of(owner, await access.RolesAsync(ct)));
    }
}

/// <summary>Creates the owner (from set-up or from configuration): an account with the admin role that nobody can demote.</summary>
public static class OwnerAccount
{
    public static async Task<User> CreateAsync(GatehouseDb db, string username, string email, string? displayName, string passwordHash,
        DateTime now, CancellationToken ct)
    {
        var admin = await db.Set<Role>().FirstAsync(r => r.NameNormalized == Role.Normalize(DefaultRoles.Admin), ct);
        var u = new User
        {
            Username = username.Trim(),
            UsernameNormalized = User.NormalizeUsername(username),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? username.Trim() : displayName.Trim(),
            Email = email.Trim(),
            EmailNormalized = User.NormalizeEmail(email),
            PasswordHash = passwordHash,
            IsOwner = true,
            CreatedAt = now,
            UpdatedAt = now,
            Roles = [new UserRole { RoleId = admin.Id, AssignedAt = now }],
        };
        u.RefreshSearchText();
        db.Set<User>().Add(u);
        return u;
    }
}
