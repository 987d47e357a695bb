using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Features.Demo;
using Gatehouse.Server.Features.Moderation;
using Gatehouse.Server.Features.Ops;
using Gatehouse.Server.Features.Presence;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(DemoModule.WithDemoSwitchAsSetting(args));
builder.AddGatehouseCore();
builder.AddWebApp();
builder.Services.AddAuditFeature();
builder.Services.AddAuthFeature();
builder.Services.AddPresenceFeature(builder.Configuration);
builder.Services.AddDemoFeature(builder.Configuration);
builder.Services.AddModerationFeature(builder.Configuration);

var app = builder.Build();
app.UseWebApp();
app.UseGatehousePipeline();
app.MapOpsEndpoints();
app.MapAuthEndpoints();
app.MapUsersEndpoints();
app.MapRolesEndpoints();
app.MapAuditEndpoints();
app.MapLiveHub();
app.MapPresenceEndpoints();
app.MapModerationEndpoints();
app.MapDemoEndpoints();
app.MapApiDocuments();

if (!BuildTimeDocument.IsGenerating) await app.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
