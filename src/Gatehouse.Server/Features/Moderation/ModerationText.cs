using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Moderation;

/// <summary>What moderation says to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class ModerationText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["evidence.format"] = ("Evidence is at most {0} absolute http or https URLs.", "Les preuves sont au plus {0} URL http ou https absolues."),
        ["duration.format"] = ("Give a duration as ISO 8601 (PT1H, P1D) or a whole number of seconds.", "Donnez une durée en ISO 8601 (PT1H, P1D) ou en secondes entières."),
        ["duration.range"] = ("The duration is between 1 second and {0} days.", "La durée est comprise entre 1 seconde et {0} jours."),
        ["duration.not_allowed"] = ("A {0} has no duration.", "Un(e) {0} n'a pas de durée."),
        ["report.unknown"] = ("No report with this id.", "Aucun signalement avec cet identifiant."),
        ["self"] = ("You cannot sanction yourself.", "Vous ne pouvez pas vous sanctionner vous-même."),
        ["owner"] = ("The owner cannot be sanctioned.", "Le propriétaire ne peut pas être sanctionné."),
        ["muted"] = ("You are muted until {0} ({1}): your status message and activity cannot change.",
            "Vous êtes réduit au silence jusqu'au {0} ({1}) : votre message de statut et votre activité ne peuvent pas changer."),
        ["banned.until"] = ("This account is banned until {0} ({1}).", "Ce compte est banni jusqu'au {0} ({1})."),
        ["banned.permanent"] = ("This account is banned permanently ({0}).", "Ce compte est banni définitivement ({0})."),
        ["kind.unknown"] = ("Unknown kind; use one of: {0}.", "Type inconnu ; utilisez : {0}."),
        ["category.unknown"] = ("Unknown category; use one of: {0}.", "Catégorie inconnue ; utilisez : {0}."),
        ["severity.unknown"] = ("Unknown severity; use one of: {0}.", "Gravité inconnue ; utilisez : {0}."),
        ["status.unknown"] = ("Unknown status; use one of: {0}.", "Statut inconnu ; utilisez : {0}."),
        ["report.self"] = ("You cannot report yourself.", "Vous ne pouvez pas vous signaler vous-même."),
        ["report.rate"] = ("You filed too many reports; try again in {0} minutes.", "Vous avez fait trop de signalements ; réessayez dans {0} minutes."),
        ["report.transition"] = ("A report that is {0} cannot become {1}.", "Un signalement « {0} » ne peut pas devenir « {1} »."),
        ["report.resolution"] = ("Say how the report was resolved.", "Indiquez comment le signalement a été traité."),
        ["assignee.manage"] = ("The assignee must hold reports.manage.", "La personne assignée doit avoir reports.manage."),
        ["sanction.needs_resolve"] = ("A sanction goes with status resolved.", "Une sanction va avec le statut resolved."),
        ["member.unknown"] = ("No member with this id.", "Aucun membre avec cet identifiant."),
    };

    public static string Get(string key, params object?[] args)
    {
        if (!Texts.TryGetValue(key, out var text)) return key;
        var template = Messages.IsFrench ? text.Fr : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    /// <summary>An instant as people read it in messages: UTC, to the minute.</summary>
    public static string When(DateTime at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static IEnumerable<string> Keys => Texts.Keys;
}
