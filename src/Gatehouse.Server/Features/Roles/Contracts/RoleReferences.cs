using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>How another feature's table points at a role: a foreign key to the roles table, which stays the Roles feature's.</summary>
public static class RoleReferences
{
    /// <summary>A role that is still referenced cannot be deleted (its holders are moved first).</summary>
    public static void ReferencesRole<T>(this EntityTypeBuilder<T> b, Expression<Func<T, object?>> roleId) where T : class =>
        b.HasOne<Role>().WithMany().HasForeignKey(roleId).OnDelete(DeleteBehavior.Restrict);
}
