namespace Gatehouse.Server.Infrastructure.Modules;

/// <summary>
/// One feature, wired in by one line of <c>Program.cs</c>: its services and options, its
/// endpoints, and what it must find in the database at start-up. Nothing outside the feature's
/// folder registers anything for it.
/// </summary>
public interface IFeatureModule
{
    void AddServices(WebApplicationBuilder builder);

    void MapEndpoints(IEndpointRouteBuilder app);

    /// <summary>Runs once at start-up after migrations, in the order features are listed (in its own scope).</summary>
    Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
