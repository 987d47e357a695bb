using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Roles;

public static class ListPermissions
{
    /// <summary>One catalogue permission with a description in the caller's language.</summary>
    public sealed record Item(string Name, string Area, string Description);

    private static readonly Dictionary<string, (string En, string Fr)> Descriptions = new()
    {
        [Permissions.UsersRead] = ("See members and their profiles.", "Voir les membres et leurs profils."),
        [Permissions.UsersCreate] = ("Add members.", "Ajouter des membres."),
        [Permissions.UsersUpdate] = ("Edit members, disable and enable them.", "Modifier, désactiver et réactiver des membres."),
        [Permissions.UsersDelete] = ("Delete members.", "Supprimer des membres."),
        [Permissions.UsersImport] = ("Import members from CSV or JSON.", "Importer des membres depuis CSV ou JSON."),
        [Permissions.UsersExport] = ("Export the member list.", "Exporter la liste des membres."),
        [Permissions.UsersCredentials] = ("Reset a member's password, e-mail or two-factor sign-in.", "Réinitialiser le mot de passe, l'e-mail ou la connexion à deux facteurs d'un membre."),
        [Permissions.RolesRead] = ("See roles and their permissions.", "Voir les rôles et leurs permissions."),
        [Permissions.RolesManage] = ("Create, edit, reorder and delete roles below your own.", "Créer, modifier, réordonner et supprimer les rôles sous le vôtre."),
        [Permissions.RolesAssign] = ("Give and take away roles below your own.", "Donner et retirer les rôles sous le vôtre."),
        [Permissions.PresenceRead] = ("See who is online, live.", "Voir qui est en ligne, en direct."),
        [Permissions.PresenceSeeInvisible] = ("See invisible members as they really are.", "Voir les membres invisibles tels qu'ils sont."),
        [Permissions.ModerationRead] = ("See sanctions and the moderation log.", "Voir les sanctions et le journal de modération."),
        [Permissions.ModerationWarn] = ("Warn members.", "Avertir des membres."),
        [Permissions.ModerationMute] = ("Mute members for a while.", "Rendre muets des membres pour un temps."),
        [Permissions.ModerationKick] = ("Kick members (ends their sessions).", "Expulser des membres (termine leurs sessions)."),
        [Permissions.ModerationBan] = ("Ban and unban members.", "Bannir et débannir des membres."),
        [Permissions.ReportsManage] = ("Handle the report queue.", "Traiter la file des signalements."),
        [Permissions.AnalyticsRead] = ("See live analytics.", "Voir les statistiques en direct."),
        [Permissions.AnalyticsExport] = ("Export analytics events.", "Exporter les événements statistiques."),
        [Permissions.AlertsManage] = ("Create and edit alerts.", "Créer et modifier des alertes."),
        [Permissions.GroupsManage] = ("Create and edit dynamic group rules that give or take roles and tags automatically.",
            "Créer et modifier les règles de groupes dynamiques qui donnent ou retirent des rôles et des étiquettes automatiquement."),
        [Permissions.ReportsSchedule] = ("Schedule reports (members, moderation, analytics, audit) sent as PDF or CSV by e-mail or webhook, and download them.", "Planifier des rapports (membres, modération, analytique, audit) envoyés en PDF ou CSV par e-mail ou webhook, et les télécharger."),
        [Permissions.AuditRead] = ("Read and verify the audit log.", "Lire et vérifier le journal d'audit."),
        [Permissions.WebhooksManage] = ("Manage outgoing webhooks.", "Gérer les webhooks sortants."),
        [Permissions.ApiKeysManage] = ("Manage API keys.", "Gérer les clés d'API."),
        [Permissions.InvitesManage] = ("Create and revoke invites.", "Créer et révoquer des invitations."),
        [Permissions.PrivacyManage] = ("Export and erase personal data (GDPR).", "Exporter et effacer les données personnelles (RGPD)."),
        [Permissions.SettingsManage] = ("Change the community's settings.", "Modifier les paramètres de la communauté."),
        [Permissions.SiteTokens] = ("Mint connection tokens for the site's members, creating or updating them (for a site's back end).", "Émettre des jetons de connexion pour les membres du site, en les créant ou mettant à jour (pour le serveur d'un site)."),
        [Permissions.Administrator] = ("Every permission, whatever other roles say. Give it with care.", "Toutes les permissions, quoi que disent les autres rôles. À donner avec prudence."),
    };

    public static Ok<List<Item>> Handle() => TypedResults.Ok(Permissions.All
        .Select(p => new Item(p, Permissions.AreaOf(p), Messages.IsFrench ? Descriptions[p].Fr : Descriptions[p].En))
        .ToList());

}
