using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Privacy;

public static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Privacy").RequirePermission(Permissions.PrivacyManage);
        users.MapGet("/{id}/export", ExportPersonalData.OfUser).WithName("ExportUserPersonalData")
            .WithSummary("Everything Gatehouse holds about a member, as a zip of JSON files (audited)")
            .Produces(200, contentType: "application/zip").ProducesProblem(404).RequireStepUp();
        users.MapPost("/{id}/erase", ErasePerson.OfUser).WithName("EraseUser")
            .WithSummary("Erase a member's personal data everywhere (right to be forgotten); cannot be undone").RequireStepUp();

        var me = app.MapGroup("/api/v1/me").WithTags("Privacy").SelfService();
        me.MapGet("/export", ExportPersonalData.Mine).WithName("ExportMyPersonalData")
            .WithSummary("Everything Gatehouse holds about you, as a zip of JSON files").Produces(200, contentType: "application/zip");
        me.MapPost("/erase", ErasePerson.Mine).WithName("EraseMe")
            .WithSummary("Erase your own account and personal data; asks you to confirm who you are first").RequireStepUp();
        me.MapGet("/consents", ManageConsents.Mine).WithName("ListMyConsents").WithSummary("The consent texts and your answers");
        me.MapPut("/consents/{purpose}", ManageConsents.Answer).WithName("AnswerConsent")
            .WithSummary("Give or withdraw consent to one version of a purpose's text; a withdrawal stops processing at once");

        var privacy = app.MapGroup("/api/v1/privacy").WithTags("Privacy").RequirePermission(Permissions.PrivacyManage);
        privacy.MapGet("/register", GetProcessingRegister.Handle).WithName(nameof(GetProcessingRegister))
            .WithSummary("Register of processing activities, generated from the features (?format=json|csv)")
            .Produces<GetProcessingRegister.Response>(200, "application/json", "text/csv").ProducesValidationProblem();
        privacy.MapGet("/retention", ManageRetention.List).WithName("ListRetentionSettings").WithSummary("How long each category of data is kept");
        privacy.MapPut("/retention/{category}", ManageRetention.Set).WithName("SetRetention").WithSummary("Change how long a category of data is kept");
        privacy.MapGet("/consent-texts", ManageConsents.Texts).WithName("ListConsentTexts").WithSummary("The current text of each consent purpose");
        privacy.MapPut("/consent-texts/{purpose}", ManageConsents.Publish).WithName("PublishConsentText")
            .WithSummary("Publish a new version of a purpose's consent text (EN and FR)");
        return app;
    }
}
