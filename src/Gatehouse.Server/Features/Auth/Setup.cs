using System.Security.Cryptography;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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

    public static async Task<Ok<Status>> GetStatus(IOwnerAccount owner, CancellationToken ct) =>
        TypedResults.Ok(new Status(!await owner.ExistsAsync(ct)));

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Complete(
        Request request, GatehouseDb db, SetupState state, PasswordHasher hasher, IOwnerAccount owners, IMemberIdentities identities,
        IMemberProfiles profiles, IAuditLog audit, CancellationToken ct)
    {
        if (await owners.ExistsAsync(ct)) return Problems.Conflict("already-set-up", Messages.Get("setup.done"));
        if (!state.Matches(request.Token)) return Problems.Forbidden("setup-token", Messages.Get("setup.token"));
        var v = new Validator()
            .Required("username", request.Username).Username("username", request.Username)
            .Required("email", request.Email).Email("email", request.Email)
            .Required("password", request.Password).MaxLength("display_name", request.DisplayName, 64);
        if (request.Password is not null && !PasswordPolicy.IsStrongEnough(request.Password, request.Username, request.Email))
            v.Add("password", Messages.Get("password.weak"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var ownerId = await db.WriteAsync(async c =>
        {
            if (await owners.ExistsAsync(c)) throw new RuleViolation(409, "already-set-up", Messages.Get("setup.done"));
            if (await identities.TakenByAnotherAsync(request.Username, request.Email, null, c) is { } field)
                throw RuleViolation.Duplicate(field);
            var id = await owners.CreateAsync(request.Username!, request.Email!, request.DisplayName, hasher.Hash(request.Password!), c);
            audit.Record(new AuditRecord("setup.completed", "user", id.ToString(), new { username = request.Username!.Trim() }, ActorUserId: id));
            return id;
        }, ct);
        state.Complete();
        var owner = await profiles.FindAsync(ownerId, null, ct) ?? throw new InvalidOperationException("The owner was just created.");
        return TypedResults.Created($"/api/v1/users/{ownerId}", owner);
    }
}
