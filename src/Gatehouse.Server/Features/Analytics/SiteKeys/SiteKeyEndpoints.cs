using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Analytics.SiteKeys;

public static class SiteKeyEndpoints
{
    /// <summary>Site keys are keys: whoever manages API keys manages them (<c>apikeys.manage</c>).</summary>
    public static RouteGroupBuilder MapSiteKeyEndpoints(this RouteGroupBuilder analytics)
    {
        var keys = analytics.MapGroup("/site-keys");
        keys.MapGet("", SiteKeyUseCases.List).WithName("ListSiteKeys")
            .WithSummary("The public site keys that may send events to POST /analytics/events").RequirePermission(Permissions.ApiKeysManage);
        keys.MapPost("", SiteKeyUseCases.Create).WithName("CreateSiteKey")
            .WithSummary("Create a public site key for the SDK (audited)").RequirePermission(Permissions.ApiKeysManage);
        keys.MapPatch("/{id}", SiteKeyUseCases.Update).WithName("UpdateSiteKey")
            .WithSummary("Rename a site key or change its events-per-minute limit (audited)").RequirePermission(Permissions.ApiKeysManage);
        keys.MapPost("/{id}/rotate", SiteKeyUseCases.Rotate).WithName("RotateSiteKey")
            .WithSummary("Replace a site key's value; the old one is refused at once (audited)").RequirePermission(Permissions.ApiKeysManage);
        keys.MapDelete("/{id}", SiteKeyUseCases.Delete).WithName("DeleteSiteKey")
            .WithSummary("Delete a site key; it is refused at once (audited)").RequirePermission(Permissions.ApiKeysManage);
        return keys;
    }
}
