using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>The transactional outbox: recording in the write's transaction, delivery after commit.</summary>
public static class DomainEventsModule
{
    public static IServiceCollection AddDomainEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventsOptions>().Bind(configuration.GetSection(EventsOptions.Section))
            .Validate(o => o.Retention > TimeSpan.Zero && o.RescanInterval > TimeSpan.Zero && o.PruneInterval > TimeSpan.Zero
                && o.RetryMin > TimeSpan.Zero && o.RetryMax >= o.RetryMin && o.BatchSize > 0, "Event delivery settings must be positive.")
            .ValidateOnStart();
        services.AddSingleton<DomainEventSignal>();
        services.AddSingleton<OutboxSealer>();
        services.AddSingleton<Persistence.ICommitSealer>(sp => sp.GetRequiredService<OutboxSealer>());
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxTail>();
        services.AddScoped<RequestOutboxPosition>();
        services.AddSingleton<OutboxCheckpointWriter>();
        services.AddSingleton<OutboxTelemetry>();
        services.AddScoped<IDomainEvents, DomainEvents>();
        services.AddHostedService<DomainEventDispatcher>();
        return services;
    }

    /// <summary>Registers a subscriber (a singleton): it receives every committed event from its checkpoint on.</summary>
    public static IServiceCollection AddDomainEventSubscriber<T>(this IServiceCollection services) where T : class, IDomainEventSubscriber
    {
        services.TryAddSingleton<T>();
        services.AddSingleton<IDomainEventSubscriber>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
