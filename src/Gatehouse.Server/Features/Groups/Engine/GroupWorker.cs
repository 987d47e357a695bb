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
            LogResumeFailed(e);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            List<Guid> rules = [], members = [];
            try
            {
                await signal.WaitAsync(stoppingToken);
                await lease.WaitUntilLeaderAsync(stoppingToken);
                (rules, members) = signal.Take();
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
                LogFailed(e, rules.Count, members.Count);
                signal.Retry(members);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "A dynamic group pass failed ({Rules} saved rule(s), {Members} changed member(s)); the members run again with the next change, the rules with the next scheduled pass")]
    private partial void LogFailed(Exception e, int rules, int members);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming the dynamic group rules left pending failed; the next scheduled pass tries again")]
    private partial void LogResumeFailed(Exception e);
}
