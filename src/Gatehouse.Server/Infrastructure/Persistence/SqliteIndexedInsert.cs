using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// The SQLite side of <see cref="MultiRowInsert"/>: statements prepared on the connection's own handle
/// and parameters bound by position. Microsoft.Data.Sqlite binds every parameter by name, and SQLite
/// finds a name by a linear search of the statement's parameters, so a statement of n parameters costs
/// n² string comparisons to bind: a thread-time profile of a 30k-member import had 17 % of the commit in
/// <c>sqlite3_bind_parameter_index</c> with 300-parameter statements. By position, binding is linear,
/// so a statement can carry 100 members and the search index's per-statement flush is paid 100 times less often.
/// Values are what EF's type mappings produce (<c>CreateParameter</c>), stored as Microsoft.Data.Sqlite stores them.
/// </summary>
internal static class SqliteIndexedInsert
{
    /// <summary>Rows and parameters per statement (SQLite allows 32,766 parameters; parsing is linear).</summary>
    private const int MaxRows = 100, MaxParameters = 4_000;

    private static readonly HashSet<Type> Bindable =
        [typeof(string), typeof(Guid), typeof(DateTime), typeof(bool), typeof(byte), typeof(short), typeof(int), typeof(long),
         typeof(double), typeof(float), typeof(byte[])];

    /// <summary>Whether every column's stored value is a type this binder stores exactly as Microsoft.Data.Sqlite does.</summary>
    public static bool Supports(IColumnMappingBase[] columns) => columns.All(c =>
    {
        var mapping = c.TypeMapping;
        if (mapping.Size is { } size && size > 0) return false; // Microsoft.Data.Sqlite would truncate to the size
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) type = Enum.GetUnderlyingType(type);
        return Bindable.Contains(type);
    });

    public static void Insert<TRow>(SqliteConnection connection, IColumnMappingBase[] columns, string head,
        IReadOnlyList<TRow> rows, Func<TRow, IProperty, object?> valueOf)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var perStatement = Math.Clamp(MaxParameters / columns.Length, 1, MaxRows);
        // A command to run values through EF's type mapping (converters, enums), and what each column's mapping
        // made of the first value it ran (see BindDirect).
        using var factory = connection.CreateCommand();
        var types = new SqliteType?[columns.Length];
        sqlite3_stmt? statement = null;
        var prepared = 0;
        try
        {
            for (var offset = 0; offset < rows.Count; offset += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - offset);
                if (count != prepared)
                {
                    statement?.Dispose();
                    Check(raw.sqlite3_prepare_v2(db, MultiRowInsert.Statement(head, columns.Length, count, "?"), out statement), db);
                    prepared = count;
                }
                var index = 1;
                for (var r = 0; r < count; r++)
                {
                    var row = rows[offset + r];
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var column = columns[c];
                        var value = valueOf(row, column.Property);
                        // A null stays NULL without a converter, whatever the mapping; before a column's first non-null value
                        // (an SDK event's route, status and duration never have one) it built a parameter per value.
                        if (column.TypeMapping.Converter is null && value is null)
                        {
                            Check(raw.sqlite3_bind_null(statement!, index++), db);
                            continue;
                        }
                        if (column.TypeMapping.Converter is null && types[c] is { } type && BindDirect(statement!, index, value, type, db))
                        {
                            index++;
                            continue;
                        }
                        var p = (SqliteParameter)column.TypeMapping.CreateParameter(factory, "p", value, column.Column.IsNullable);
                        if (value is not null) types[c] = p.SqliteType;
                        Bind(statement!, index++, p.Value, p.SqliteType, db);
                    }
                }
                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE) Check(rc, db);
                Check(raw.sqlite3_reset(statement), db);
            }
        }
        finally
        {
            statement?.Dispose();
        }
    }

    /// <summary>
    /// A value of a column without a converter, bound as its mapping made the column's first value (the
    /// <paramref name="type"/> it gave, which depends on the mapping and the CLR type only) without building a
    /// parameter for it: at 20,000 analytics rows a second, a <c>SqliteParameter</c> (and a boxed direction) per value
    /// was a fifth of the server's allocations. False for a value this does not take (enums, other types): it
    /// then goes through the mapping.
    /// </summary>
    private static bool BindDirect(sqlite3_stmt s, int i, object? value, SqliteType type, sqlite3 db)
    {
        switch (value)
        {
            case null:
                Check(raw.sqlite3_bind_null(s, i), db);
                return true;
            case string or bool or int or long or double:
            case Guid or DateTime:
                Bind(s, i, value, type, db);
                return true;
            default:
                return false;
        }
    }

    /// <summary>As Microsoft.Data.Sqlite's value binder stores each type (Guids and dates as text by default).</summary>
    private static void Bind(sqlite3_stmt s, int i, object? value, SqliteType type, sqlite3 db)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(s, i),
            string { Length: 0 } => raw.sqlite3_bind_text(s, i, ""), // from a span, an empty text would bind a NULL pointer: NULL
            string text => BindText(s, i, text),
            Guid guid when type == SqliteType.Blob => raw.sqlite3_bind_blob(s, i, guid.ToByteArray()),
            Guid guid => BindGuidText(s, i, guid),
            DateTime when type == SqliteType.Real => throw new NotSupportedException("Dates stored as Julian days are not bound here."),
            DateTime at => BindDateText(s, i, at),
            bool b => raw.sqlite3_bind_int64(s, i, b ? 1 : 0),
            byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(s, i, 0), // an empty blob, not NULL
            byte[] bytes => raw.sqlite3_bind_blob(s, i, bytes),
            double d => raw.sqlite3_bind_double(s, i, d),
            float f => raw.sqlite3_bind_double(s, i, f),
            Enum e => raw.sqlite3_bind_int64(s, i, Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)),
            byte or short or int or long => raw.sqlite3_bind_int64(s, i, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"A {value.GetType()} is not bound here."),
        };
        Check(rc, db);
    }

    /// <summary>
    /// Encoded into a buffer reused by the thread: the string overload allocates a zero-terminated copy per
    /// value, which was a third of the binding (SQLite copies the bytes, SQLITE_TRANSIENT, before this returns).
    /// </summary>
    private static int BindText(sqlite3_stmt s, int i, string text)
    {
        var needed = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        // A rare long value gets a buffer of its own, so the thread keeps at most 64 KiB.
        var buffer = needed > 64 * 1024 ? new byte[needed] : _utf8 is { } kept && kept.Length >= needed ? kept : _utf8 = new byte[Math.Max(needed, 4096)];
        var length = System.Text.Encoding.UTF8.GetBytes(text, buffer);
        return raw.sqlite3_bind_text(s, i, buffer.AsSpan(0, length));
    }

    [ThreadStatic]
    private static byte[]? _utf8;

    /// <summary>As <c>guid.ToString().ToUpperInvariant()</c>, formatted on the stack instead of two strings per value.</summary>
    private static int BindGuidText(sqlite3_stmt s, int i, Guid guid)
    {
        Span<byte> text = stackalloc byte[36];
        guid.TryFormat(text, out var length);
        for (var k = 0; k < length; k++)
            if (text[k] is >= (byte)'a' and <= (byte)'f') text[k] -= 'a' - 'A';
        return raw.sqlite3_bind_text(s, i, text[..length]);
    }

    /// <summary>As Microsoft.Data.Sqlite formats a date (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>), on the stack.</summary>
    private static int BindDateText(sqlite3_stmt s, int i, DateTime at)
    {
        Span<byte> text = stackalloc byte[27];
        return raw.sqlite3_bind_text(s, i, text[..FormatDate(at, text)]);
    }

    /// <summary>
    /// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> written digit by digit: the fraction without its trailing zeros, and without
    /// the point when it is zero. <c>TryFormat</c> with that custom format parses the format for every value, which
    /// was a tenth of a direct import's commit (seven dates a member).
    /// </summary>
    internal static int FormatDate(DateTime at, Span<byte> text)
    {
        Digits(text[..4], at.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), at.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), at.Day);
        text[10] = (byte)' ';
        Digits(text.Slice(11, 2), at.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), at.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), at.Second);
        var fraction = (int)(at.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0) return 19;
        text[19] = (byte)'.';
        Digits(text.Slice(20, 7), fraction);
        var length = 27;
        while (text[length - 1] == (byte)'0') length--;
        return length;
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var k = into.Length - 1; k >= 0; k--, value /= 10) into[k] = (byte)('0' + (value % 10));
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}
