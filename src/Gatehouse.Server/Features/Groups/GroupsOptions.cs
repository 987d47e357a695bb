namespace Gatehouse.Server.Features.Groups;

public sealed class GroupsOptions
{
    public const string Section = "Gatehouse:Groups";

    /// <summary>How often rules whose answer changes with time alone (minutes online, sanctions in a window, last seen, joined N days ago) are re-evaluated over everyone.</summary>
    public TimeSpan EvaluateEvery { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxRules { get; set; } = 200;

    /// <summary>Past this many changed members waiting, a pass reads everyone instead of naming them one by one.</summary>
    public int MaxNamedMembers { get; set; } = 1000;

    /// <summary>Members changed per transaction when a rule applies: each chunk commits whole, and a pass that stops resumes after the last one.</summary>
    public int ApplyChunk { get; set; } = 2000;
}
