using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// How another feature's table points at a member: a foreign key to the members table, so the
/// database keeps the reference honest and removes the row with a hard-deleted member. The
/// members table itself stays the Users feature's.
/// </summary>
public static class MemberReferences
{
    /// <summary>Many rows per member (sessions, sanctions, reports…), deleted with the member.</summary>
    public static void ReferencesMember<T>(this EntityTypeBuilder<T> b, Expression<Func<T, object?>> memberId) where T : class =>
        b.HasOne<User>().WithMany().HasForeignKey(memberId).OnDelete(DeleteBehavior.Cascade);

    /// <summary>At most one row per member (a 2FA enrolment), deleted with the member.</summary>
    public static void BelongsToOneMember<T>(this EntityTypeBuilder<T> b, Expression<Func<T, object?>> memberId) where T : class =>
        b.HasOne<User>().WithOne().HasForeignKey(memberId).OnDelete(DeleteBehavior.Cascade);
}
