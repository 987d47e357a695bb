using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Users;

public static class CreateUser
{
    /// <summary>A new member. Without roles, the member gets the default role (member).</summary>
    /// <param name="Username">2–32 letters, digits, '.', '_' or '-'; unique without regard to case.</param>
    /// <param name="Email">Unique without regard to case.</param>
    /// <param name="Password">Optional initial password (strength policy applies). Without one the member gets a one-time link to choose it:
    /// mailed to them when SMTP is configured, else returned in <c>password_setup</c> for the administrator to hand over.</param>
    /// <param name="Roles">Role ids or names.</param>
    public sealed record Request(
        string? Username, string? Email, string? DisplayName = null, string? Password = null, string? AvatarUrl = null,
        IReadOnlyList<string>? Roles = null, IReadOnlyList<string>? Tags = null);

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, PasswordHasher hasher,
        IAuditLog audit, MemberWritePath writes, IMemberCredentials credentials, LiveStatuses live, AccountMail mail, IOptions<GatehouseOptions> options, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var v = Validate(request);
        var wanted = UserRules.ResolveRoles(roles, request.Roles, "roles", v);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        if (wanted.Count == 0 && roles.NewMemberRole is { } fallback) wanted.Add(fallback);

        foreach (var role in wanted)
            if (Hierarchy.CanAssign(actor, role) is { } reason) return await Refuse(audit, request, reason, ct);

        var setupToken = request.Password is null ? AccountMail.NewToken() : null;
        var setupExpires = time.GetUtcNow().UtcDateTime + options.Value.Security.SetPasswordLinkLifetime;
        var user = await db.WriteAsync(async c =>
        {
            if (await UserRules.FindDuplicateAsync(db, request.Username, request.Email, null, c) is { } field)
                throw RuleViolation.Duplicate(field);
            var now = time.GetUtcNow().UtcDateTime;
            var u = new User
            {
                Username = request.Username!.Trim(),
                UsernameNormalized = User.NormalizeUsername(request.Username),
                DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.Username.Trim() : request.DisplayName.Trim(),
                Email = request.Email!.Trim(),
                EmailNormalized = User.NormalizeEmail(request.Email),
                AvatarUrl = string.IsNullOrEmpty(request.AvatarUrl) ? null : request.AvatarUrl,
                Tags = [.. (request.Tags ?? []).Distinct()],
                CreatedAt = now,
                UpdatedAt = now,
                Roles = [.. wanted.Select(r => new UserRole { RoleId = r.Id, AssignedAt = now })],
            };
            u.RefreshSearchText();
            writes.Create(u, roles);
            // The member and their credential row are saved together, by this transaction.
            if (request.Password is not null) credentials.AddPassword(u.Id, hasher.Hash(request.Password));
            if (setupToken is not null)
            {
                credentials.AddPasswordSetup(u.Id, AccountMail.HashOf(setupToken), setupExpires);
                audit.Record(new AuditRecord("user.password_setup_issued", "user", u.Id.ToString(), new { expires_at = setupExpires, mailed = mail.IsConfigured }));
            }
            return u;
        }, ct);

        Preconditions.SetETag(http, user.Version);
        var response = await live.ApplyAsync(UserResponse.Of(user, roles), ct);
        if (setupToken is not null) response = response with { PasswordSetup = await SendSetupLinkAsync(http, mail, user, setupToken, setupExpires, ct) };
        return TypedResults.Created($"/api/v1/users/{user.Id}", response);
    }

    /// <summary>Mails the member their link; when there is no relay, or it fails, the administrator gets the link to hand over.</summary>
    private static async Task<PasswordSetup> SendSetupLinkAsync(HttpContext http, AccountMail mail, User user, string token, DateTime expires, CancellationToken ct)
    {
        var link = mail.Link(http.Request, "reset-password", token);
        if (!mail.IsConfigured) return new PasswordSetup(link, null, expires);
        try
        {
            await mail.SendAsync(user.Email, "set_password", ct, user.Username, expires, link);
            return new PasswordSetup(null, user.Email, expires);
        }
        catch (MailNotSentException) { return new PasswordSetup(link, null, expires); }
    }

    internal static Validator Validate(Request r)
    {
        var v = new Validator()
            .Required("username", r.Username).Username("username", r.Username?.Trim())
            .Required("email", r.Email).Email("email", r.Email)
            .MaxLength("display_name", r.DisplayName, 64)
            .PublicHttpUrl("avatar_url", r.AvatarUrl).MaxLength("avatar_url", r.AvatarUrl, 2048)
            .Tags("tags", r.Tags);
        if (r.Password is not null && !PasswordPolicy.IsStrongEnough(r.Password, r.Username, r.Email))
            v.Add("password", Messages.Get("password.weak"));
        return v;
    }

    private static async Task<ProblemHttpResult> Refuse(IAuditLog audit, Request request, string reason, CancellationToken ct)
    {
        await audit.RecordAloneAsync(new AuditRecord("user.created", "user", null,
            new { username = request.Username, reason }, AuditResults.Denied), ct);
        return Problems.Forbidden("hierarchy", reason);
    }
}
