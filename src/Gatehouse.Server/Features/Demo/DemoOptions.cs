namespace Gatehouse.Server.Features.Demo;

/// <summary><c>Gatehouse:Demo</c>: a simulated community for a first look. Never on by default.</summary>
public sealed class DemoOptions
{
    public const string Section = "Gatehouse:Demo";

    /// <summary>Set by <c>--demo</c> on the command line.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many members the demo community has.</summary>
    public int Members { get; set; } = 3000;

    /// <summary>Share of members online at a time, roughly.</summary>
    public double OnlineShare { get; set; } = 0.18;

    public TimeSpan Tick { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>The owner account the demo creates when none exists (printed at start).</summary>
    public string OwnerEmail { get; set; } = "owner@demo.gatehouse";
    public string OwnerPassword { get; set; } = "Gatehouse-Demo-2026";
}
