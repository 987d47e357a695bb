using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// New rows of a bulk write kept outside EF Core's change tracker until the save writes them
/// (<see cref="DirectRowsWriter"/>). A 100k-member import adds six rows per member; tracking them (EF's
/// <c>Add</c>, its graph walk and snapshots, the tracker scans of the sealers, the writer reading every value back
/// through an <c>EntityEntry</c>) cost more than inserting them. Only types whose rows can be written as they are
/// (one table, keys set by the client, no shadow or store-generated values) are kept here; others are tracked.
/// </summary>
internal sealed class DirectInserts(IModel model)
{
    private readonly List<object> _rows = [];
    // Rows by single-column key, so a writer that completes a row it added earlier (a member's credentials) finds it.
    private readonly Dictionary<(Type, object), object> _byKey = [];
    private readonly Dictionary<Type, IEntityType?> _eligible = [];

    public IReadOnlyList<object> Rows => _rows;

    /// <summary>False when <paramref name="entity"/> must be tracked instead (its type, or one it owns rows of, is not eligible).</summary>
    public bool TryAdd(object entity)
    {
        if (Eligible(entity.GetType()) is not { } type) return false;
        var key = type.FindPrimaryKey()!.Properties;
        if (key.Any(p => p.ValueGenerated != ValueGenerated.Never && p.GetGetter().HasSentinelValueUsingContainingEntity(entity)))
            return false; // a key EF would generate on Add
        _rows.Add(entity);
        if (key.Count == 1) _byKey[(type.ClrType, key[0].GetGetter().GetClrValueUsingContainingEntity(entity)!)] = entity;
        return true;
    }

    public T? Find<T>(object key) where T : class => _byKey.GetValueOrDefault((typeof(T), key)) as T;

    public IEnumerable<T> Of<T>() => _rows.OfType<T>();

    /// <summary>The rows added so far, let go of by this buffer.</summary>
    public List<object> Take()
    {
        var rows = new List<object>(_rows);
        Clear();
        return rows;
    }

    public void Clear()
    {
        _rows.Clear();
        _byKey.Clear();
    }

    private IEntityType? Eligible(Type clrType)
    {
        if (_eligible.TryGetValue(clrType, out var known)) return known;
        var type = model.FindEntityType(clrType);
        return _eligible[clrType] = type is not null && Eligible(type, []) ? type : null;
    }

    private static bool Eligible(IEntityType type, HashSet<IEntityType> seen)
    {
        if (!seen.Add(type)) return false; // a cycle of owned rows: EF orders those
        var mappings = type.GetTableMappings().ToList();
        if (mappings.Count != 1 || mappings[0].Table.EntityTypeMappings.Count() != 1) return false;
        if (type.GetProperties().Any(p => p.IsShadowProperty() || (p.ValueGenerated != ValueGenerated.Never && !p.IsKey())))
            return false;
        if (type.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type)) return false;
        // Rows it owns through a navigation (a member's role links) are written with it.
        return type.GetNavigations().Where(n => !n.IsOnDependent).All(n => Eligible(n.TargetEntityType, seen));
    }
}
