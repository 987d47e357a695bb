using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Groups;

/// <summary>What dynamic groups say to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class GroupText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["rule.unknown"] = ("No group rule with this id.", "Aucune règle de groupe avec cet identifiant."),
        ["action.unknown"] = ("Use add or remove.", "Utilisez add ou remove."),
        ["target.one"] = ("Give exactly one of role and tag.", "Donnez exactement un rôle ou une étiquette."),
        ["role.unknown"] = ("Unknown role '{0}'.", "Rôle inconnu « {0} »."),
        ["condition.required"] = ("Give a condition.", "Donnez une condition."),
        ["condition.op"] = ("A group of conditions uses op and (all) or or (any) with 1 to {0} conditions.", "Un groupe de conditions utilise op and (toutes) ou or (l'une) avec 1 à {0} conditions."),
        ["condition.depth"] = ("Conditions nest at most {0} levels deep.", "Les conditions s'imbriquent sur {0} niveaux au plus."),
        ["condition.size"] = ("At most {0} conditions in a rule.", "{0} conditions au plus par règle."),
        ["condition.type"] = ("Unknown condition type; use one of: {0}.", "Type de condition inconnu ; utilisez : {0}."),
        ["condition.both"] = ("A condition is either a group (op, conditions) or a test (type), not both.", "Une condition est soit un groupe (op, conditions), soit un test (type), pas les deux."),
        ["window.range"] = ("window_days is between 1 and {0}.", "window_days est compris entre 1 et {0}."),
        ["at_least.range"] = ("at_least is a number between 0 and {0}.", "at_least est un nombre entre 0 et {0}."),
        ["keep.range"] = ("keep_at_least is between 0 and at_least (the member keeps the group until below it).", "keep_at_least est compris entre 0 et at_least (le membre garde le groupe jusqu'en dessous)."),
        ["keep.only"] = ("keep_at_least applies to active_minutes in an add rule only.", "keep_at_least ne s'applique qu'à active_minutes dans une règle add."),
        ["count.one"] = ("Give at_least or at_most (whole numbers from 0).", "Donnez at_least ou at_most (entiers à partir de 0)."),
        ["days.or.date"] = ("Give exactly one of days (0 to 36500) and date.", "Donnez exactement l'un de days (0 à 36500) et date."),
        ["days.range"] = ("days is between 0 and 36500.", "days est compris entre 0 et 36500."),
        ["text.required"] = ("Give {0} (at most 64 characters).", "Donnez {0} (64 caractères au plus)."),
        ["invite.code"] = ("Give an invite's code (at most 64 characters), or leave value out for any invite.", "Donnez le code d'une invitation (64 caractères au plus), ou omettez value pour n'importe quelle invitation."),
        ["field.unused"] = ("Not used by a {0} condition.", "Inutile pour une condition {0}."),
        ["role.administrator"] = ("A rule may not give or take a role that grants administrator.", "Une règle ne peut pas donner ni retirer un rôle qui accorde administrator."),
        ["rules.limit"] = ("At most {0} group rules.", "{0} règles de groupe au maximum."),
        ["history.limit"] = ("Between 1 and 500.", "Entre 1 et 500."),
        ["blocked.hierarchy"] = ("The rule's creator no longer outranks role '{0}': the rule gives and takes nothing until someone who does saves it again.",
            "Le créateur de la règle ne dépasse plus le rôle « {0} » : la règle ne donne ni ne retire rien tant que quelqu'un qui le dépasse ne l'a pas réenregistrée."),
    };

    public static string Get(string key, params object?[] args)
    {
        var (en, fr) = Texts[key];
        return string.Format(CultureInfo.InvariantCulture, Messages.IsFrench ? fr : en, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
}
