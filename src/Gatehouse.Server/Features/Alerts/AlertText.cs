using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Alerts;

/// <summary>What alerts say to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class AlertText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["metric.unknown"] = ("Unknown metric '{0}'; use one of: {1}.", "Métrique inconnue « {0} » ; utilisez : {1}."),
        ["segment.format"] = ("Write a segment as dimension:value with a dimension among: {0}.", "Écrivez un segment sous la forme dimension:valeur avec une dimension parmi : {0}."),
        ["comparator.unknown"] = ("Unknown comparator; use one of: {0}.", "Comparateur inconnu ; utilisez : {0}."),
        ["match.unknown"] = ("Use all (AND) or any (OR).", "Utilisez all (ET) ou any (OU)."),
        ["conditions.count"] = ("Give between 1 and {0} conditions.", "Donnez entre 1 et {0} conditions."),
        ["window.range"] = ("The window is between 1 and {0} seconds.", "La fenêtre est comprise entre 1 et {0} secondes."),
        ["duration.range"] = ("Between 0 and {0} seconds.", "Entre 0 et {0} secondes."),
        ["number.finite"] = ("Give a finite number.", "Donnez un nombre fini."),
        ["min_samples.range"] = ("Between 0 and {0}.", "Entre 0 et {0}."),
        ["clear.side"] = ("The clear threshold must be on the non-alerting side of the threshold.", "Le seuil de retour doit être du côté non alerté du seuil."),
        ["channel.unknown"] = ("Unknown notification channel '{0}'.", "Canal de notification inconnu « {0} »."),
        ["channel.kind"] = ("Unknown kind; use one of: {0}.", "Type inconnu ; utilisez : {0}."),
        ["channel.recipients"] = ("Give 1 to {0} e-mail addresses.", "Donnez 1 à {0} adresses e-mail."),
        ["channel.recipient"] = ("'{0}' is not a valid e-mail address.", "« {0} » n'est pas une adresse e-mail valide."),
        ["channel.url"] = ("Use an absolute https URL of at most 2048 characters, without credentials or fragment.", "Utilisez une URL https absolue de 2048 caractères au plus, sans identifiants ni fragment."),
        ["channel.address"] = ("'{0}' is a private, loopback or link-local address: notifications may not call it.", "« {0} » est une adresse privée, locale ou de lien local : les notifications ne peuvent pas l'appeler."),
        ["channel.not_for_kind"] = ("Not used by a {0} channel.", "Inutile pour un canal {0}."),
        ["rules.limit"] = ("At most {0} alert rules.", "{0} règles d'alerte au maximum."),
        ["silence.ends_at"] = ("ends_at must be in the future and within 90 days.", "ends_at doit être dans le futur et à moins de 90 jours."),
        ["rule.unknown"] = ("No alert rule with this id.", "Aucune règle d'alerte avec cet identifiant."),
        ["history.limit"] = ("Between 1 and 500.", "Entre 1 et 500."),
    };

    public static string Get(string key, params object?[] args)
    {
        var (en, fr) = Texts[key];
        return string.Format(CultureInfo.InvariantCulture, Messages.IsFrench ? fr : en, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
}
