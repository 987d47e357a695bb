using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Analytics;

/// <summary>What analytics says to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class AnalyticsText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["batch.empty"] = ("Send at least one event.", "Envoyez au moins un événement."),
        ["batch.too_many"] = ("At most {0} events per batch.", "{0} événements au maximum par lot."),
        ["batch.too_large"] = ("The batch is larger than {0} bytes; send smaller batches.", "Le lot dépasse {0} octets ; envoyez des lots plus petits."),
        ["event.type"] = ("Event types are 1 to 64 lower-case letters, digits, '_', '.', ':' or '-', starting with a letter.",
            "Les types d'événement font 1 à 64 minuscules, chiffres, « _ », « . », « : » ou « - », en commençant par une lettre."),
        ["event.props_size"] = ("props is larger than {0} bytes once serialized.", "props dépasse {0} octets une fois sérialisé."),
        ["event.props_object"] = ("props must be a JSON object.", "props doit être un objet JSON."),
        ["event.timestamp"] = ("The timestamp is more than {0} away from the server's clock.", "L'horodatage s'écarte de plus de {0} de l'horloge du serveur."),
        ["event.session"] = ("session_id is at most 64 letters, digits, '-' or '_'.", "session_id fait au plus 64 lettres, chiffres, « - » ou « _ »."),
        ["device.unknown"] = ("Unknown device; use one of: {0}.", "Appareil inconnu ; utilisez : {0}."),
        ["version.format"] = ("client_version is at most 32 letters, digits, '.', '-' or '+'.", "client_version fait au plus 32 lettres, chiffres, « . », « - » ou « + »."),
        ["consent.required"] = ("This site requires your consent before it records analytics events; record it first.",
            "Ce site demande votre consentement avant d'enregistrer des événements ; donnez-le d'abord."),
        ["rate"] = ("Too many events from this source; try again in {0} seconds.", "Trop d'événements de cette source ; réessayez dans {0} secondes."),
        ["busy"] = ("Analytics is catching up with its writes; try again in a few seconds.", "Les statistiques rattrapent leurs écritures ; réessayez dans quelques secondes."),
        ["interval.unknown"] = ("Unknown interval; use one of: {0}.", "Intervalle inconnu ; utilisez : {0}."),
        ["metric.unknown"] = ("Unknown metric; use one of: {0}.", "Métrique inconnue ; utilisez : {0}."),
        ["segment.format"] = ("Use dimension:value with a dimension among: {0}.", "Utilisez dimension:valeur avec une dimension parmi : {0}."),
        ["dimension.unknown"] = ("Unknown dimension; use one of: {0}.", "Dimension inconnue ; utilisez : {0}."),
        ["range"] = ("from must be before to, and the range at most {0} days.", "from doit précéder to, sur {0} jours au maximum."),
        ["step.format"] = ("Use a step of whole minutes such as 1m, 5m, 1h or 1d.", "Utilisez un pas en minutes entières, comme 1m, 5m, 1h ou 1d."),
        ["step.points"] = ("At most {0} points; use a larger step.", "{0} points au maximum ; utilisez un pas plus grand."),
        ["compare.unknown"] = ("Unknown comparison; use one of: {0}.", "Comparaison inconnue ; utilisez : {0}."),
        ["format.unknown"] = ("Unknown format; use one of: csv, json.", "Format inconnu ; utilisez : csv, json."),
        ["compare.value"] = ("Give the segment's value (at most 256 characters).", "Indiquez la valeur du segment (256 caractères au maximum)."),
        ["compare.same"] = ("Compare two different values.", "Comparez deux valeurs différentes."),
        ["compare.conversion_pair"] = ("Give both conversion_from and conversion_to, or neither.", "Indiquez conversion_from et conversion_to, ou aucun des deux."),
        ["limit.range"] = ("Between 1 and {0}.", "Entre 1 et {0}."),
        ["site_key.endpoint"] = ("A site key is accepted only by POST /api/v1/analytics/events.", "Une clé de site n'est acceptée que par POST /api/v1/analytics/events."),
        ["site_key.invalid"] = ("This site key is unknown, rotated or deleted.", "Cette clé de site est inconnue, renouvelée ou supprimée."),
        ["site_key.rate"] = ("Between {0} and {1} events per minute.", "Entre {0} et {1} événements par minute."),
    };

    public static string Get(string key, params object?[] args)
    {
        if (!Texts.TryGetValue(key, out var text)) return key;
        var template = Messages.IsFrench ? text.Fr : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
}
