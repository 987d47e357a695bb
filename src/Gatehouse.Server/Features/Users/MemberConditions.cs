using System.Linq.Expressions;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Users;

/// <summary>Turns a <see cref="MemberCondition"/> into a predicate the database evaluates (SQLite and PostgreSQL alike).</summary>
public static class MemberConditions
{
    /// <param name="plus">Members let through whatever the filter says.</param>
    public static Expression<Func<User, bool>> ToExpression(MemberCondition filter, IReadOnlyCollection<Guid>? plus)
    {
        var u = Expression.Parameter(typeof(User), "u");
        var body = Body(filter, u);
        // An array: Npgsql sends it as uuid[] (a HashSet has no PostgreSQL mapping); SQLite as a JSON array.
        if (plus is { Count: > 0 })
        {
            var ids = plus.ToArray();
            body = Expression.OrElse(Inline(x => ids.Contains(x.Id), u), body);
        }
        return Expression.Lambda<Func<User, bool>>(body, u);
    }

    private static Expression Body(MemberCondition filter, ParameterExpression u) => filter switch
    {
        MemberCondition.AllOf all => all.Filters.Count == 0 ? Expression.Constant(true)
            : all.Filters.Select(f => Body(f, u)).Aggregate(Expression.AndAlso),
        MemberCondition.AnyOf any => any.Filters.Count == 0 ? Expression.Constant(false)
            : any.Filters.Select(f => Body(f, u)).Aggregate(Expression.OrElse),
        MemberCondition.Tag { Has: true } tag => Inline(HasTag(tag.Value.ToLowerInvariant()), u),
        MemberCondition.Tag tag => Expression.Not(Inline(HasTag(tag.Value.ToLowerInvariant()), u)),
        MemberCondition.Role { Has: true } role => Inline(HasRole(role.RoleId), u),
        MemberCondition.Role role => Expression.Not(Inline(HasRole(role.RoleId), u)),
        MemberCondition.Joined { Before: true } joined => Inline(CreatedBefore(joined.At), u),
        MemberCondition.Joined joined => Inline(CreatedAfter(joined.At), u),
        MemberCondition.LastSeenBefore seen => Inline(SeenBefore(seen.At), u),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "unknown member filter"),
    };

    // Each leaf is its own lambda so that its constant becomes a query parameter (one plan per shape).
    private static Expression<Func<User, bool>> HasTag(string lower) => x => x.Tags.Any(t => t.ToLower() == lower);

    private static Expression<Func<User, bool>> HasRole(Guid roleId) => x => x.Roles.Any(r => r.RoleId == roleId);

    private static Expression<Func<User, bool>> CreatedBefore(DateTime at) => x => x.CreatedAt < at;

    private static Expression<Func<User, bool>> CreatedAfter(DateTime at) => x => x.CreatedAt > at;

    private static Expression<Func<User, bool>> SeenBefore(DateTime at) => x => x.LastSeenAt == null || x.LastSeenAt < at;

    private static Expression Inline(Expression<Func<User, bool>> leaf, ParameterExpression u) =>
        new Rebind(leaf.Parameters[0], u).Visit(leaf.Body);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
