using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>Runs a pass whenever rules were saved or members changed (see <see cref="GroupSignal"/>).</summary>
public sealed partial class GroupWorker(GroupEngine engine, GroupSignal signal, ClusterLease lease, IOptions<GroupsOptions> options, ILogger<GroupWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // A pass the last run did not finish (crash, restart) continues first.
            await lease.WaitUntilLeaderAsync(stoppingToken);
            await engine.ResumePendingAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
                await lease.WaitUntilLeaderAsync(stoppingToken);
                var (rules, members) = signal.Take();
                if (rules.Count > 0) await engine.EvaluateAsync(rules, null, "saved", onlyTimeBound: false, stoppingToken);
                // A large burst (a rule just changed thousands) reads everyone once rather than naming each member.
                if (members.Count > 0)
                    await engine.EvaluateAsync(null, members.Count > options.Value.MaxNamedMembers ? null : members, "event", onlyTimeBound: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A dynamic group pass failed; the next change or scheduled pass runs it again")]
    private partial void LogFailed(Exception e);
}
