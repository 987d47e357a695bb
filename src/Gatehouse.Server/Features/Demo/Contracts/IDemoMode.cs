namespace Gatehouse.Server.Features.Demo.Contracts;

/// <summary>Whether this server runs the simulated demo community (<c>--demo</c>), for features that say so.</summary>
public interface IDemoMode
{
    bool Enabled { get; }
}
