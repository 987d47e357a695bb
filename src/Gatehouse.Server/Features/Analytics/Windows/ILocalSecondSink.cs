namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>Where <see cref="LiveWindows"/> hands each closed local second in cluster mode (the cluster merge).</summary>
public interface ILocalSecondSink
{
    /// <summary>Called on the ticker's thread, once per second, with the members seen in that second; must not block.</summary>
    void Closed(WindowAccumulator second, IReadOnlyList<SeenMember> members);
}
