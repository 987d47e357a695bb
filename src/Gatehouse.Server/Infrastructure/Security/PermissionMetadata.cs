using Microsoft.AspNetCore.Authorization;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>The one place an endpoint says what it needs: a catalogue permission.</summary>
public sealed record RequiresPermission(string Permission);

/// <summary>Reachable by anyone (sign-in, set-up, health, documents).</summary>
public sealed record PublicEndpoint;

/// <summary>Any signed-in user, acting on themselves (me, logout).</summary>
public sealed record SelfServiceEndpoint;

public static class PermissionEndpointExtensions
{
    public const string PolicyPrefix = "perm:";

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresPermission(permission)).RequireAuthorization(PolicyPrefix + permission);

    public static TBuilder Public<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicEndpoint()).AllowAnonymous();

    public static TBuilder SelfService<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SelfServiceEndpoint()).RequireAuthorization(SignedInPolicy);

    public const string SignedInPolicy = "signed-in";
}

/// <summary>Builds the <c>perm:x.y</c> policies on demand instead of registering thirty by hand.</summary>
public sealed class PermissionPolicyProvider(Microsoft.Extensions.Options.IOptions<AuthorizationOptions> options)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionEndpointExtensions.PolicyPrefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[PermissionEndpointExtensions.PolicyPrefix.Length..]))
            .Build();
    }
}

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
