using System.Globalization;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// Every sentence the API says to a person, in English and French. The request's culture
/// (from Accept-Language) picks the language.
/// </summary>
public static class Messages
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["validation.title"] = ("The request is not valid.", "La requête n'est pas valide."),
        ["validation.detail"] = ("Some fields are not valid; see errors.", "Certains champs ne sont pas valides ; voir errors."),
        ["required"] = ("This field is required.", "Ce champ est obligatoire."),
        ["too_long"] = ("At most {0} characters.", "{0} caractères au maximum."),
        ["too_short"] = ("At least {0} characters.", "{0} caractères au minimum."),
        ["username.format"] = ("Use 2 to 32 letters, digits, '.', '_' or '-'.", "Utilisez 2 à 32 lettres, chiffres, « . », « _ » ou « - »."),
        ["email.format"] = ("This is not a valid e-mail address.", "Cette adresse e-mail n'est pas valide."),
        ["url.format"] = ("Use an absolute http or https URL.", "Utilisez une URL http ou https absolue."),
        ["url.credentials"] = ("A URL with a user name or password in it is not accepted.", "Une URL contenant un nom d'utilisateur ou un mot de passe n'est pas acceptée."),
        ["url.private_host"] = ("This URL points to a private, local or metadata address; use a public http(s) address.", "Cette URL pointe vers une adresse privée, locale ou de métadonnées ; utilisez une adresse http(s) publique."),
        ["status.unknown"] = ("Unknown status; use one of: {0}.", "Statut inconnu ; utilisez : {0}."),
        ["presence.expiry"] = ("expires_at must be in the future and within a year.", "expires_at doit être dans le futur et à moins d'un an."),
        ["presence.platform"] = ("Unknown platform; use one of: {0}.", "Plateforme inconnue ; utilisez : {0}."),
        ["presence.activity_type"] = ("Unknown activity type; use one of: {0}.", "Type d'activité inconnu ; utilisez : {0}."),
        ["live.topic"] = ("Unknown topic '{0}'; use one of: {1}.", "Sujet inconnu « {0} » ; utilisez : {1}."),
        ["live.filter"] = ("The filter is not valid: {0}", "Le filtre n'est pas valide : {0}"),
        ["events.type_unknown"] = ("Unknown event type '{0}'; use a name like user.updated or a prefix like user.*.", "Type d'événement inconnu « {0} » ; utilisez un nom comme user.updated ou un préfixe comme user.*."),
        ["presence.too_many"] = ("At most {0} values.", "{0} valeurs au maximum."),
        ["presence.user_id"] = ("'{0}' is not a user id.", "« {0} » n'est pas un identifiant d'utilisateur."),
        ["tag.format"] = ("Tags are 1 to 32 letters, digits, '-' or '_'; at most 20 tags.", "Les tags font 1 à 32 lettres, chiffres, « - » ou « _ » ; 20 tags au maximum."),
        ["color.format"] = ("Use a colour like #5865F2.", "Utilisez une couleur comme #5865F2."),
        ["priority.range"] = ("Priority is between 0 and 1000.", "La priorité est comprise entre 0 et 1000."),
        ["permission.unknown"] = ("Unknown permission '{0}'.", "Permission inconnue « {0} »."),
        ["role.unknown"] = ("Unknown role '{0}'.", "Rôle inconnu « {0} »."),
        ["role.cycle"] = ("Role inheritance would form a cycle: {0}.", "L'héritage de rôles formerait un cycle : {0}."),
        ["password.weak"] = ("Use at least 10 characters mixing three of: lower case, upper case, digits, symbols (or 16+ characters), not containing your username or e-mail.",
            "Utilisez au moins 10 caractères mêlant trois types parmi : minuscules, majuscules, chiffres, symboles (ou 16 caractères et plus), sans votre nom d'utilisateur ni votre e-mail."),
        ["password.not_here"] = ("A password is not set here: change your own with POST /api/v1/me/password; for a member, make a reset link (POST /api/v1/users/{id}/password-reset) or a temporary password (POST /api/v1/users/{id}/temporary-password).",
            "Le mot de passe ne se change pas ici : changez le vôtre avec POST /api/v1/me/password ; pour un membre, créez un lien de réinitialisation (POST /api/v1/users/{id}/password-reset) ou un mot de passe temporaire (POST /api/v1/users/{id}/temporary-password)."),
        ["email.own_change"] = ("Change your own e-mail with POST /api/v1/me/email (it asks for your current password).",
            "Changez votre propre e-mail avec POST /api/v1/me/email (votre mot de passe actuel est demandé)."),
        ["step_up.required"] = ("This action needs you to confirm who you are again (password or two-factor code) within the last 10 minutes: POST /api/v1/me/step-up, then retry.",
            "Cette action demande de confirmer à nouveau votre identité (mot de passe ou code à deux facteurs) dans les 10 dernières minutes : POST /api/v1/me/step-up, puis réessayez."),
        ["two_factor.enrol_first"] = ("Your role requires two-factor sign-in: set up an authenticator app first (Security page).",
            "Votre rôle exige la connexion à deux facteurs : configurez d'abord une application d'authentification (page Sécurité)."),
        ["json.malformed"] = ("The body is not valid JSON: {0}", "Le corps n'est pas du JSON valide : {0}"),
        ["json.unknown_field"] = ("Unknown field '{0}'.", "Champ inconnu « {0} »."),
        ["json.wrong_type"] = ("Field '{0}' has the wrong type.", "Le champ « {0} » n'a pas le bon type."),
        ["json.array_null"] = ("Item {0} of '{1}' is null; every item needs a value.", "L'élément {0} de « {1} » est null ; chaque élément doit avoir une valeur."),
        ["json.array_type"] = ("Item {0} of '{1}' has the wrong type.", "L'élément {0} de « {1} » n'a pas le bon type."),
        ["body.missing"] = ("A JSON body is required.", "Un corps JSON est requis."),
        ["body.too_large"] = ("The body is too large.", "Le corps est trop volumineux."),
        ["route.bad_value"] = ("'{0}' is not a valid value for {1}.", "« {0} » n'est pas une valeur valide pour {1}."),
        ["bad_request"] = ("The request is malformed.", "La requête est mal formée."),
        ["unauthorized"] = ("Sign in first: this endpoint needs a valid access token.", "Connectez-vous d'abord : ce point d'accès exige un jeton d'accès valide."),
        ["forbidden"] = ("You do not have the permission '{0}'.", "Vous n'avez pas la permission « {0} »."),
        ["not_found"] = ("No {0} with this id.", "Aucun(e) {0} avec cet identifiant."),
        ["duplicate"] = ("This {0} is already taken.", "Ce {0} est déjà utilisé."),
        ["precondition_failed"] = ("Someone changed this {0} since you loaded it (now version {1}). Reload and try again.",
            "Quelqu'un a modifié ce {0} depuis votre chargement (version {1} maintenant). Rechargez puis réessayez."),
        ["precondition_required"] = ("Send If-Match with the ETag you loaded.", "Envoyez If-Match avec l'ETag chargé."),
        ["idempotency.mismatch"] = ("This Idempotency-Key was already used with a different request.", "Cette Idempotency-Key a déjà servi pour une autre requête."),
        ["idempotency.format"] = ("Idempotency-Key must be 1 to 200 visible characters.", "Idempotency-Key doit faire 1 à 200 caractères visibles."),
        ["login.invalid"] = ("Wrong e-mail or password.", "E-mail ou mot de passe incorrect."),
        ["login.locked"] = ("Too many failed attempts from your address: sign-in to this account is paused for {0} more seconds.", "Trop d'échecs depuis votre adresse : la connexion à ce compte est suspendue encore {0} secondes."),
        ["login.disabled"] = ("This account is disabled{0}. Contact an administrator.", "Ce compte est désactivé{0}. Contactez un administrateur."),
        ["login.banned"] = ("This account is banned.", "Ce compte est banni."),
        ["login.rate_limited"] = ("Too many sign-in attempts from your address. Try again in {0} seconds.", "Trop de tentatives depuis votre adresse. Réessayez dans {0} secondes."),
        ["refresh.rate_limited"] = ("Too many session refreshes from your address. Try again in {0} seconds.", "Trop de renouvellements de session depuis votre adresse. Réessayez dans {0} secondes."),
        ["csrf.cross_site"] = ("This request came from another site; sign in from Gatehouse itself.", "Cette requête vient d'un autre site ; connectez-vous depuis Gatehouse même."),
        ["network.refused"] = ("Your network address is not allowed into '{0}'. Ask an administrator to add it to the allowlist.", "Votre adresse réseau n'est pas autorisée pour « {0} ». Demandez à un administrateur de l'ajouter à la liste."),
        ["refresh.invalid"] = ("Your session has expired. Sign in again.", "Votre session a expiré. Reconnectez-vous."),
        ["refresh.reused"] = ("This refresh token was already used: for safety the whole session is now revoked. Sign in again.",
            "Ce jeton de rafraîchissement a déjà servi : par sécurité toute la session est révoquée. Reconnectez-vous."),
        ["setup.done"] = ("Gatehouse is already set up.", "Gatehouse est déjà configuré."),
        ["setup.token"] = ("This setup link is not valid. Use the link printed in the server log.", "Ce lien d'installation n'est pas valide. Utilisez le lien affiché dans le journal du serveur."),
        ["hierarchy.user"] = ("You can only act on members whose highest role is below yours.", "Vous ne pouvez agir que sur des membres dont le rôle le plus haut est sous le vôtre."),
        ["hierarchy.role"] = ("Role '{0}' is not below your highest role.", "Le rôle « {0} » n'est pas sous votre rôle le plus haut."),
        ["hierarchy.grant"] = ("You cannot grant '{0}': you do not hold it yourself.", "Vous ne pouvez pas accorder « {0} » : vous ne l'avez pas vous-même."),
        ["owner.protected"] = ("The owner account cannot be demoted, disabled, banned or deleted.", "Le compte propriétaire ne peut être rétrogradé, désactivé, banni ni supprimé."),
        ["admin.last"] = ("This would leave nobody with 'administrator'. Give it to someone else first.", "Plus personne n'aurait « administrator ». Donnez-la d'abord à quelqu'un d'autre."),
        ["role.system"] = ("'{0}' is a built-in role: it can be edited but not deleted or renamed.", "« {0} » est un rôle intégré : il peut être modifié mais ni supprimé ni renommé."),
        ["role.in_use"] = ("{0} members still have this role. Pass ?reassign=<role> to move them first.", "{0} membres ont encore ce rôle. Passez ?reassign=<rôle> pour les déplacer d'abord."),
        ["role.version_unknown"] = ("This role has no version {0}.", "Ce rôle n'a pas de version {0}."),
        ["role.order"] = ("List every role you may move exactly once.", "Listez une fois chaque rôle que vous pouvez déplacer."),
        ["cursor.invalid"] = ("This cursor is not valid for this query. Start again without it.", "Ce curseur n'est pas valide pour cette requête. Recommencez sans lui."),
        ["range.invalid"] = ("'{0}' must be before '{1}'.", "« {0} » doit précéder « {1} »."),
        ["limit.range"] = ("limit is between 1 and {0}.", "limit est compris entre 1 et {0}."),
        ["sort.unknown"] = ("Unknown sort; use one of: {0}.", "Tri inconnu ; utilisez : {0}."),
        ["self.disable"] = ("You cannot disable or delete your own account.", "Vous ne pouvez pas désactiver ni supprimer votre propre compte."),
        ["user.disabled_state"] = ("This member is already {0}.", "Ce membre est déjà {0}."),
        ["apikey.malformed"] = ("This is not a Gatehouse API key (gh_live_…).", "Ce n'est pas une clé d'API Gatehouse (gh_live_…)."),
        ["apikey.invalid"] = ("This API key is not valid.", "Cette clé d'API n'est pas valide."),
        ["apikey.revoked"] = ("This API key has been revoked.", "Cette clé d'API a été révoquée."),
        ["apikey.expired"] = ("This API key has expired.", "Cette clé d'API a expiré."),
        ["apikey.ip_refused"] = ("This API key may not be used from {0}.", "Cette clé d'API ne peut pas être utilisée depuis {0}."),
        ["apikey.creator_inactive"] = ("The member who created this API key is no longer active.", "Le membre qui a créé cette clé d'API n'est plus actif."),
        ["apikey.rate_limited"] = ("This API key may make {0} requests per minute. Try again in {1} seconds.", "Cette clé d'API peut faire {0} requêtes par minute. Réessayez dans {1} secondes."),
        ["apikey.expiry_past"] = ("expires_at must be in the future.", "expires_at doit être dans le futur."),
        ["apikey.cidr"] = ("'{0}' is not an address or a CIDR block (203.0.113.0/24).", "« {0} » n'est ni une adresse ni un bloc CIDR (203.0.113.0/24)."),
        ["apikey.rate_range"] = ("Between 1 and {0} requests per minute.", "Entre 1 et {0} requêtes par minute."),
        ["apikey.grace_range"] = ("Between 0 and {0} seconds.", "Entre 0 et {0} secondes."),
        ["webhook.url"] = ("Use an absolute https URL of at most 2048 characters, without credentials or fragment.", "Utilisez une URL https absolue de 2048 caractères au plus, sans identifiants ni fragment."),
        ["webhook.https"] = ("Webhook URLs must use https.", "Les URL de webhook doivent utiliser https."),
        ["webhook.address"] = ("'{0}' is a private, loopback or link-local address: webhooks may not call it.", "« {0} » est une adresse privée, locale ou de lien local : les webhooks ne peuvent pas l'appeler."),
        ["webhook.event_type"] = ("Unknown event type '{0}'; use some of: {1}.", "Type d'événement inconnu « {0} » ; utilisez : {1}."),
        ["webhook.rate"] = ("Between 1 and {0} deliveries per second.", "Entre 1 et {0} envois par seconde."),
        ["webhook.overlap"] = ("Between 0 and {0} seconds.", "Entre 0 et {0} secondes."),
        ["webhook.since"] = ("since must be a time in the past, within the event retention.", "since doit être un moment passé, dans la durée de conservation des événements."),
        ["webhook.delivery_pending"] = ("This delivery is already waiting to be sent.", "Cet envoi attend déjà d'être fait."),
        ["webhook.disabled"] = ("This webhook is disabled. Enable it first.", "Ce webhook est désactivé. Activez-le d'abord."),
        ["server_error"] = ("Something went wrong on our side. It has been logged; try again.", "Une erreur est survenue de notre côté. Elle est journalisée ; réessayez."),
    };

    public static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";

    public static string Get(string key, params object?[] args)
    {
        if (!Texts.TryGetValue(key, out var text)) return key;
        var template = IsFrench ? text.Fr : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
    public static (string En, string Fr) Raw(string key) => Texts[key];
}
