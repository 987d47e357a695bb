using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gatehouse.Server.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// How long database commands take, on both providers alike: EF Core hands every command's duration
/// to this interceptor (SQLite has no meter of its own; Npgsql's pool metrics come beside it).
/// </summary>
public sealed class DbCommandMetrics : DbCommandInterceptor, IDisposable
{
    public const string Name = ObservabilityModule.NamePrefix + "Persistence";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    public DbCommandMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _duration = _meter.CreateHistogram<double>("gatehouse.db.command.duration", "s", "Database command durations by provider, kind and outcome",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(eventData, "reader", "ok", result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, "reader", "ok", result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Record(eventData, "non_query", "ok", result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, "non_query", "ok", result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Record(eventData, "scalar", "ok", result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, "scalar", "ok", result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(eventData, Kind(eventData), "error", 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData, Kind(eventData), "error", 0);
        return Task.CompletedTask;
    }

    private T Record<T>(CommandEndEventData eventData, string kind, string outcome, T result)
    {
        _duration.Record(eventData.Duration.TotalSeconds, new TagList
        {
            { "db.system", eventData.Context is GatehouseDb { IsPostgres: true } ? "postgresql" : "sqlite" },
            { "db.command.kind", kind },
            { "outcome", outcome },
        });
        return result;
    }

    private static string Kind(CommandErrorEventData eventData) => eventData.ExecuteMethod switch
    {
        DbCommandMethod.ExecuteReader => "reader",
        DbCommandMethod.ExecuteNonQuery => "non_query",
        _ => "scalar",
    };

    public void Dispose() => _meter.Dispose();
}
