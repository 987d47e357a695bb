using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Modules;

namespace Gatehouse.Server.Features.Users;

/// <summary>Members: the member write path (also offered to other features as <see cref="IMemberWrites"/>) and the members API.</summary>
public sealed class UsersModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LiveStatuses>();
        builder.Services.AddSingleton<Search.MemberSearchIndex>();
        builder.Services.AddSingleton<Search.MemberSaveInterceptor>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<Search.MemberSaveInterceptor>());
        builder.Services.AddScoped<MemberWritePath>();
        builder.Services.AddScoped<IMemberWrites>(sp => sp.GetRequiredService<MemberWritePath>());
        builder.Services.AddScoped<IMemberReturns>(sp => sp.GetRequiredService<MemberWritePath>());
        builder.Services.AddScoped<IMemberNames, MemberNames>();
        builder.Services.AddScoped<IMemberImports, MemberImportPath>();
        builder.Services.AddScoped<IMemberFacts>(sp => sp.GetRequiredService<MemberWritePath>());
        builder.Services.AddScoped<IMemberStanding>(sp => sp.GetRequiredService<MemberWritePath>());
        builder.Services.AddScoped<IOwnerAccount>(sp => sp.GetRequiredService<MemberWritePath>());
        builder.Services.AddScoped<IMemberProfiles, MemberProfiles>();
        builder.Services.AddScoped<IMemberSeeding, MemberSeeding>();
        builder.Services.AddScoped<IMemberDirectory, MemberDirectory>();
        builder.Services.AddScoped<IRoleHolderCounts, Search.IndexedRoleHolderCounts>();
        builder.Services.AddScoped<IMemberSignIns, MemberSignIns>();
        builder.Services.AddScoped<UsersPersonalData>();
        builder.Services.AddScoped<IMemberIdentities>(sp => sp.GetRequiredService<UsersPersonalData>());
        builder.Services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<UsersPersonalData>());
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapUsersEndpoints();
}
