using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Element-by-element comparison and copy for the model's <c>List&lt;T&gt;</c> primitive collections
/// (tags, permission lists, role ids…). EF's own list comparer builds and compiles a new element
/// comparer on every compare and snapshot (profiled: <c>DynamicMethod.CreateDelegate</c> under
/// <c>ValueComparer.Equals</c> was 12 % of a 100,000-member import, the same regression as
/// dotnet/efcore#35239); these compiled-once comparers do the same work without it.
/// </summary>
public static class ListValueComparer
{
    /// <summary>Gives every <c>List&lt;T&gt;</c> primitive collection of the model a compiled-once comparer.</summary>
    public static void ApplyTo(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            var type = property.ClrType;
            if (!property.IsPrimitiveCollection || !type.IsGenericType || type.GetGenericTypeDefinition() != typeof(List<>)) continue;
            var comparer = (ValueComparer)Activator.CreateInstance(typeof(For<>).MakeGenericType(type.GetGenericArguments()[0]))!;
            property.SetValueComparer(comparer);
        }
    }

    private sealed class For<T>() : ValueComparer<List<T>>(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        list => list.Aggregate(17, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}
