using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Reads whole rows of one entity type by key, untracked, with the columns, reader methods and converters of the EF
/// model (the counterpart of <see cref="MultiRowInsert"/>), so an entity read here is the one EF would read, on SQLite
/// and PostgreSQL. For the reads that run on most requests: EF's query pipeline, even compiled, builds a delegate per
/// execution, creates its parameters through the collection translation and runs the Include shaper. A search's page of
/// 51 members took ~1.5 ms of CPU that way where the rows themselves cost SQLite ~0.4 ms (bench/README.md).
/// </summary>
public static class ModelRows
{
    /// <summary>One compiled reader per (model, entity type): SQLite and PostgreSQL contexts have different mappings.</summary>
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, object>> Readers = [];

    /// <summary>Keys per statement: few enough for any provider's parameter limit, and a statement text SQLite parses quickly.</summary>
    private const int KeysPerStatement = 500;

    /// <summary>The rows of <typeparamref name="T"/> whose <paramref name="keyProperty"/> is among <paramref name="keys"/>, in no particular order.</summary>
    public static async Task<List<T>> WhereInAsync<T, TKey>(DbContext db, string keyProperty, IReadOnlyCollection<TKey> keys, CancellationToken ct)
        where T : class, new()
    {
        var rows = new List<T>(keys.Count);
        var reader = For<T>(db);
        await ReadAsync(db, keys, [new(reader.Select, reader.Column(keyProperty), data => rows.Add(reader.Read(data)))], ct);
        return rows;
    }

    /// <summary>
    /// The rows of <typeparamref name="TParent"/> and of <typeparamref name="TChild"/> (rows that refer to them) whose keys
    /// are among <paramref name="keys"/>, in no particular order: one command of two statements, so one round trip to the
    /// database where two reads took two (on PostgreSQL a round trip is most of what reading a page of members costs).
    /// </summary>
    public static async Task<(List<TParent> Parents, List<TChild> Children)> WhereInAsync<TParent, TChild, TKey>(
        DbContext db, string parentKey, string childKey, IReadOnlyCollection<TKey> keys, CancellationToken ct)
        where TParent : class, new()
        where TChild : class, new()
    {
        var (parents, children) = (new List<TParent>(keys.Count), new List<TChild>(keys.Count));
        var (parent, child) = (For<TParent>(db), For<TChild>(db));
        await ReadAsync(db, keys,
            [
                new(parent.Select, parent.Column(parentKey), data => parents.Add(parent.Read(data))),
                new(child.Select, child.Column(childKey), data => children.Add(child.Read(data))),
            ], ct);
        return (parents, children);
    }

    /// <summary>A SELECT of one table, the column its keys are matched on, and what to do with each row read.</summary>
    private readonly record struct Statement(string Select, IColumnMapping Key, Action<DbDataReader> Take);

    /// <summary>
    /// Runs the statements, each filtered by the same keys, as one command per chunk of keys (the keys are its parameters,
    /// named once and used by every statement), and hands each statement's rows to it.
    /// </summary>
    private static async Task ReadAsync<TKey>(DbContext db, IReadOnlyCollection<TKey> keys, Statement[] statements, CancellationToken ct)
    {
        if (keys.Count == 0) return;
        // One set of parameters serves every statement, typed by the first's key: the keys match columns of one type.
        var mapping = statements[0].Key.TypeMapping;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var chunk in keys.Chunk(KeysPerStatement))
            {
                command.Parameters.Clear();
                var names = new string[chunk.Length];
                for (var i = 0; i < chunk.Length; i++)
                {
                    names[i] = "@k" + i;
                    command.Parameters.Add(mapping.CreateParameter(command, names[i], chunk[i], nullable: false));
                }
                var list = string.Join(", ", names);
                command.CommandText = string.Join(";\n", statements.Select(s => $"{s.Select} WHERE {MultiRowInsert.Quote(s.Key.Column.Name)} IN ({list})"));
                await using var data = await command.ExecuteReaderAsync(ct);
                foreach (var statement in statements)
                {
                    while (await data.ReadAsync(ct)) statement.Take(data);
                    await data.NextResultAsync(ct);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static RowReader<T> For<T>(DbContext db) where T : class, new() =>
        (RowReader<T>)Readers.GetValue(db.Model, static _ => new()).GetOrAdd(typeof(T), static (_, model) => new RowReader<T>(model), db.Model);

    /// <summary>The table's SELECT and a compiled <c>DbDataReader → T</c> that sets every mapped property, as EF's materializer does.</summary>
    private sealed class RowReader<T> where T : class, new()
    {
        private readonly IColumnMapping[] _columns;
        public string Select { get; }
        public Func<DbDataReader, T> Read { get; }

        public RowReader(IModel model)
        {
            var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var table = type.GetTableMappings().Single();
            // Properties without a CLR property (shadow ones) have nothing to set on the object.
            _columns = [.. table.ColumnMappings.Where(c => c.Property.PropertyInfo is not null)];
            Select = $"SELECT {string.Join(", ", _columns.Select(c => MultiRowInsert.Quote(c.Column.Name)))} FROM {MultiRowInsert.Quote(table.Table.Name)}";

            var reader = Expression.Parameter(typeof(DbDataReader), "reader");
            var entity = Expression.Variable(typeof(T), "entity");
            var body = new List<Expression> { Expression.Assign(entity, Expression.New(typeof(T))) };
            for (var i = 0; i < _columns.Length; i++)
                body.Add(Expression.Assign(Expression.Property(entity, _columns[i].Property.PropertyInfo!), ValueOf(_columns[i], reader, i)));
            body.Add(entity);
            var lambda = Expression.Lambda<Func<DbDataReader, T>>(Expression.Block([entity], body), reader);
            Read = ((Expression<Func<DbDataReader, T>>)new ReaderWritersBuiltOnce().Visit(lambda)).Compile();
        }

        public IColumnMapping Column(string property) => _columns.Single(c => c.Property.Name == property);

        /// <summary>The column's value as the property's type: the mapping's reader method, then its converter; null when NULL.</summary>
        private static Expression ValueOf(IColumnMapping column, ParameterExpression reader, int ordinal)
        {
            var mapping = column.TypeMapping;
            var index = Expression.Constant(ordinal);
            Expression value = mapping.CustomizeDataReaderExpression(Expression.Call(reader, mapping.GetDataReaderMethod(), index));
            if (mapping.Converter is { } converter)
            {
                if (value.Type != converter.ProviderClrType) value = Expression.Convert(value, converter.ProviderClrType);
                var fromProvider = converter.ConvertFromProviderExpression;
                value = ReplacingExpressionVisitor.Replace(fromProvider.Parameters[0], value, fromProvider.Body);
            }
            var target = column.Property.ClrType;
            if (value.Type != target) value = Expression.Convert(value, target);
            if (!column.Column.IsNullable) return value;
            var isNull = Expression.Call(reader, typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull))!, index);
            return Expression.Condition(isNull, Expression.Default(target), value);
        }
    }

    /// <summary>
    /// EF's converters of primitive collections (tags, role ids) build their JSON reader/writer inside the conversion
    /// (<c>new JsonCollectionOfReferencesReaderWriter(…)</c>), and that constructor looks a <c>ConstructorInfo</c> up by
    /// reflection: once per row and column (profiled under the member reads: about 1 % of the server's CPU). The
    /// reader/writers are stateless, so each is built once here and kept as a constant.
    /// </summary>
    private sealed class ReaderWritersBuiltOnce : ExpressionVisitor
    {
        protected override Expression VisitNew(NewExpression node) =>
            typeof(JsonValueReaderWriter).IsAssignableFrom(node.Type) && !Parameters.In(node)
                ? Expression.Constant(Expression.Lambda<Func<object>>(Expression.Convert(node, typeof(object))).Compile()(), node.Type)
                : base.VisitNew(node);
    }

    /// <summary>Whether an expression uses a parameter or variable (then it depends on the row).</summary>
    private sealed class Parameters : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression e)
        {
            var finder = new Parameters();
            finder.Visit(e);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found = true;
            return node;
        }
    }
}
