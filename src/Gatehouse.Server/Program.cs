using Gatehouse.Server.Features.Alerts;
using Gatehouse.Server.Features.Analytics;
using Gatehouse.Server.Features.ApiKeys;
using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Features.Backups;
using Gatehouse.Server.Features.Demo;
using Gatehouse.Server.Features.Groups;
using Gatehouse.Server.Features.Imports;
using Gatehouse.Server.Features.Invites;
using Gatehouse.Server.Features.Moderation;
using Gatehouse.Server.Features.Ops;
using Gatehouse.Server.Features.Presence;
using Gatehouse.Server.Features.Privacy;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Features.ScheduledReports;
using Gatehouse.Server.Features.SiteIntegration;
using Gatehouse.Server.Features.SystemStatus;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Features.Webhooks;
using Gatehouse.Server.Infrastructure.Modules;

// The features, in start-up order (roles are seeded before the owner who holds one).
IFeatureModule[] features =
[
    new OpsModule(), new AuditModule(), new RolesModule(), new UsersModule(), new AuthModule(), new ApiKeysModule(), new WebhooksModule(),
    new PresenceModule(), new ModerationModule(), new AnalyticsModule(), new AlertsModule(), new GroupsModule(), new DemoModule(),
    new SiteIntegrationModule(), new ImportsModule(), new BackupsModule(), new ScheduledReportsModule(), new InvitesModule(), new PrivacyModule(),
    new SystemStatusModule(),
];

// `restore <file>` and `verify-backup <file>` run instead of the server, with its configuration.
if (BackupCommands.Parse(args) is { } command)
{
    var configuration = WebApplication.CreateBuilder(command.ConfigurationArgs).Configuration;
    Environment.ExitCode = await BackupCommands.RunAsync(command, configuration, Console.Out, CancellationToken.None);
    return;
}

var builder = WebApplication.CreateBuilder(DemoModule.WithDemoSwitchAsSetting(args));
builder.AddGatehouse(features);
await builder.Build().RunGatehouseAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
