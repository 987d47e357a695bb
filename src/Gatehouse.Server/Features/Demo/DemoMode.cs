using Gatehouse.Server.Features.Demo.Contracts;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Demo;

/// <summary>The demo mode switch as other features see it.</summary>
public sealed class DemoMode(IOptions<DemoOptions> options) : IDemoMode
{
    public bool Enabled => options.Value.Enabled;
}
