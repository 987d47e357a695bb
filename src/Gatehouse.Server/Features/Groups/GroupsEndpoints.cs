using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Groups;

public static class GroupsEndpoints
{
    public static IEndpointRouteBuilder MapGroupsEndpoints(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/v1/groups/rules").WithTags("Groups").RequirePermission(Permissions.GroupsManage);
        rules.MapGet("/", ListGroupRules.Handle).WithName(nameof(ListGroupRules)).WithSummary("List dynamic group rules with their member counts");
        rules.MapPost("/", CreateGroupRule.Handle).WithName(nameof(CreateGroupRule))
            .WithSummary("Create a rule that gives or takes a role or tag by a condition; applied right after saving").WithIdempotency();
        rules.MapPost("/preview", PreviewGroupRule.Handle).WithName(nameof(PreviewGroupRule))
            .WithSummary("Who a draft rule would change now (+gain / −lose) with samples; writes nothing");
        rules.MapGet("/{id}", GetGroupRule.Handle).WithName(nameof(GetGroupRule)).WithSummary("Get a dynamic group rule");
        rules.MapPatch("/{id}", UpdateGroupRule.Handle).WithName(nameof(UpdateGroupRule))
            .WithSummary("Edit, pause or dry-run a rule (honours If-Match)").WithIdempotency();
        rules.MapDelete("/{id}", DeleteGroupRule.Handle).WithName(nameof(DeleteGroupRule)).WithSummary("Delete a rule and its history").WithIdempotency();
        rules.MapGet("/{id}/history", ListGroupRuleHistory.Handle).WithName(nameof(ListGroupRuleHistory))
            .WithSummary("Every member a rule gave or took its role or tag from, newest first");
        return app;
    }
}
