using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.ScheduledReports;

/// <summary>What scheduled reports say, in English and French: to the caller (<see cref="Get"/>) or in a file for a recipient (<see cref="In"/>).</summary>
public static class ReportText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        // Validation (the caller's language).
        ["kind.unknown"] = ("Unknown kind; use one of: {0}.", "Type inconnu ; utilisez : {0}."),
        ["format.unknown"] = ("Unknown format; use one of: {0}.", "Format inconnu ; utilisez : {0}."),
        ["cron.invalid"] = ("'{0}' is not a five-field cron expression (minute hour day month weekday).", "« {0} » n'est pas une expression cron à cinq champs (minute heure jour mois jour-de-semaine)."),
        ["cron.never"] = ("This schedule never runs.", "Ce planning ne s'exécute jamais."),
        ["time_zone.unknown"] = ("Unknown time zone '{0}'; use an IANA id such as Europe/Paris.", "Fuseau horaire inconnu « {0} » ; utilisez un identifiant IANA comme Europe/Paris."),
        ["period.range"] = ("Between 1 and 366 days.", "Entre 1 et 366 jours."),
        ["recipients.count"] = ("Give 1 to {0} recipients.", "Donnez 1 à {0} destinataires."),
        ["recipient.kind"] = ("A recipient is email or webhook.", "Un destinataire est email ou webhook."),
        ["recipient.email"] = ("'{0}' is not a valid e-mail address.", "« {0} » n'est pas une adresse e-mail valide."),
        ["recipient.url"] = ("Use an absolute https URL of at most 2048 characters, without credentials or fragment.", "Utilisez une URL https absolue de 2048 caractères au plus, sans identifiants ni fragment."),
        ["recipient.address"] = ("'{0}' is a private, loopback or link-local address: reports may not call it.", "« {0} » est une adresse privée, locale ou de lien local : les rapports ne peuvent pas l'appeler."),
        ["recipient.language"] = ("Language en or fr.", "Langue en ou fr."),
        ["role.unknown"] = ("Unknown role '{0}'.", "Rôle inconnu « {0} »."),
        ["state.unknown"] = ("Unknown state; use one of: {0}.", "État inconnu ; utilisez : {0}."),
        ["metrics.count"] = ("Choose 1 to {0} metrics.", "Choisissez 1 à {0} métriques."),
        ["metric.unknown"] = ("Unknown metric '{0}'; use one of: {1}.", "Métrique inconnue « {0} » ; utilisez : {1}."),
        ["sanction_kind.unknown"] = ("Unknown sanction kind '{0}'; use one of: {1}.", "Type de sanction inconnu « {0} » ; utilisez : {1}."),
        ["segment.format"] = ("Write a segment as dimension:value with a dimension among: {0}.", "Écrivez un segment sous la forme dimension:valeur avec une dimension parmi : {0}."),
        ["not_for_kind"] = ("Not used by a {0} report.", "Inutile pour un rapport {0}."),
        ["limit"] = ("At most {0} scheduled reports.", "{0} rapports planifiés au maximum."),
        ["file.gone"] = ("This run's file is no longer kept (files are kept {0} days) or was never made.", "Le fichier de cette exécution n'est plus conservé ({0} jours) ou n'a jamais été produit."),
        ["language.not_made"] = ("No file in '{0}' for this run; it has: {1}.", "Aucun fichier en « {0} » pour cette exécution ; elle a : {1}."),

        // In the files and messages (the recipient's language).
        ["title.members"] = ("Members", "Membres"),
        ["title.moderation"] = ("Moderation log", "Journal de modération"),
        ["title.analytics"] = ("Analytics summary", "Synthèse analytique"),
        ["title.audit"] = ("Audit extract", "Extrait du journal d'audit"),
        ["period"] = ("Period: {0} – {1} ({2})", "Période : {0} – {1} ({2})"),
        ["generated"] = ("Generated {0}", "Généré le {0}"),
        ["page"] = ("Page {0} of {1}", "Page {0} sur {1}"),
        ["more_rows"] = ("… and {0} more rows: the CSV format lists every row.", "… et {0} lignes de plus : le format CSV liste toutes les lignes."),
        ["no_rows"] = ("Nothing in this period.", "Rien sur cette période."),
        ["total"] = ("Total: {0}", "Total : {0}"),
        ["chart.by_state"] = ("Members by state", "Membres par état"),
        ["chart.by_kind"] = ("Sanctions by kind", "Sanctions par type"),
        ["chart.by_action"] = ("Most frequent actions", "Actions les plus fréquentes"),
        ["chart.legend"] = ("this period — previous period", "cette période — période précédente"),
        ["state.active"] = ("active", "actif"),
        ["state.banned"] = ("banned", "banni"),
        ["state.disabled"] = ("disabled", "désactivé"),
        ["col.username"] = ("Username", "Identifiant"),
        ["col.display_name"] = ("Display name", "Nom affiché"),
        ["col.email"] = ("E-mail", "E-mail"),
        ["col.roles"] = ("Roles", "Rôles"),
        ["col.tags"] = ("Tags", "Étiquettes"),
        ["col.state"] = ("State", "État"),
        ["col.joined"] = ("Joined", "Inscription"),
        ["col.last_seen"] = ("Last seen", "Vu le"),
        ["col.at"] = ("When", "Quand"),
        ["col.kind"] = ("Kind", "Type"),
        ["col.member"] = ("Member", "Membre"),
        ["col.moderator"] = ("Moderator", "Modérateur"),
        ["col.reason"] = ("Reason", "Motif"),
        ["col.expires"] = ("Expires", "Expire"),
        ["col.metric"] = ("Metric", "Métrique"),
        ["col.current"] = ("This period", "Cette période"),
        ["col.previous"] = ("Previous period", "Période précédente"),
        ["col.change"] = ("Change", "Évolution"),
        ["col.seq"] = ("#", "n°"),
        ["col.action"] = ("Action", "Action"),
        ["col.target"] = ("Target", "Cible"),
        ["col.result"] = ("Result", "Résultat"),
        ["col.actor"] = ("Actor", "Acteur"),
        ["mail.subject"] = ("{0} — {1} ({2})", "{0} — {1} ({2})"),
        ["mail.body"] = ("Your scheduled report \"{0}\" for {1} is attached.\nPeriod: {2} – {3} ({4}).\n", "Votre rapport planifié « {0} » pour {1} est en pièce jointe.\nPériode : {2} – {3} ({4}).\n"),
    };

    /// <summary>In the caller's language (validation answers).</summary>
    public static string Get(string key, params object?[] args) => Format(Messages.IsFrench ? Texts[key].Fr : Texts[key].En, args);

    /// <summary>In a recipient's language (files, e-mails).</summary>
    public static string In(string language, string key, params object?[] args) => Format(language == "fr" ? Texts[key].Fr : Texts[key].En, args);

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");

    private static string Format(string template, object?[] args) =>
        args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);

    public static IEnumerable<string> Keys => Texts.Keys;
}
