using System.Data.Common;
using System.Linq.Expressions;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>
/// Rows as the database stores them, read with plain SQL (not through EF's conversions), so a test can compare
/// what two write paths stored column by column.
/// </summary>
public static class StoredRows
{
    /// <summary>The one row of <typeparamref name="T"/>'s table whose <paramref name="property"/> stores <paramref name="value"/>: column name → stored value.</summary>
    public static async Task<Dictionary<string, object?>> OneAsync<T>(GatehouseDb db, Expression<Func<T, object?>> property, object value)
    {
        var rows = await WhereAsync(db, property, value);
        Assert.True(rows.Count == 1, $"{rows.Count} rows of {typeof(T).Name} where {property} = {value}");
        return rows[0];
    }

    /// <summary>Every row of <typeparamref name="T"/>'s table whose <paramref name="property"/> stores <paramref name="value"/> (bound as EF binds it).</summary>
    public static async Task<List<Dictionary<string, object?>>> WhereAsync<T>(GatehouseDb db, Expression<Func<T, object?>> property, object value)
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        var column = type.FindProperty(((MemberExpression)body).Member.Name)!;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{type.GetTableName()}\" WHERE \"{column.GetColumnName()}\" = @v";
        command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, "@v", value));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Every column of <paramref name="expected"/> but <paramref name="except"/> holds the same value in <paramref name="actual"/>.</summary>
    public static void AssertSame(Dictionary<string, object?> expected, Dictionary<string, object?> actual, params string[] except)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (column, value) in expected)
        {
            // A column whose value differs by design (a key, a time) is still stored as the same type (text, blob, integer).
            if (except.Contains(column))
            {
                Assert.True(value?.GetType() == actual[column]?.GetType(), $"{column}: one path stored a {value?.GetType().Name}, the other a {actual[column]?.GetType().Name}");
                continue;
            }
            Assert.True(Same(value, actual[column]), $"{column}: one path stored {Show(value)}, the other {Show(actual[column])}");
        }
    }

    /// <summary>Equal values; PostgreSQL answers arrays (text[]) as arrays, and blobs are byte arrays.</summary>
    public static bool Same(object? a, object? b) =>
        a is Array x && b is Array y ? x.Cast<object?>().SequenceEqual(y.Cast<object?>()) : Equals(a, b);

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        _ => $"{value} ({value.GetType().Name})",
    };
}
