using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Mail;

/// <summary>
/// One-time links of account security (set or reset a password, confirm a new e-mail) and the
/// e-mails that carry them, in English and French. The token travels in the link's fragment, so it
/// never reaches server or proxy logs; only its SHA-256 is stored.
/// </summary>
public sealed class AccountMail(MailSender mail, IOptions<GatehouseOptions> options, ILogger<AccountMail> log)
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["set_password.subject"] = ("Your Gatehouse account", "Votre compte Gatehouse"),
        ["set_password.body"] = ("An account was made for you ({0}). Choose your password with this link (one use, until {1:u} UTC):\n\n{2}\n",
            "Un compte a été créé pour vous ({0}). Choisissez votre mot de passe avec ce lien (un seul usage, jusqu'au {1:u} UTC) :\n\n{2}\n"),
        ["reset.subject"] = ("Reset your Gatehouse password", "Réinitialisez votre mot de passe Gatehouse"),
        ["reset.body"] = ("An administrator asked for a new password for your account ({0}). Choose it with this link (one use, until {1:u} UTC):\n\n{2}\n",
            "Un administrateur a demandé un nouveau mot de passe pour votre compte ({0}). Choisissez-le avec ce lien (un seul usage, jusqu'au {1:u} UTC) :\n\n{2}\n"),
        ["email_confirm.subject"] = ("Confirm your new e-mail address", "Confirmez votre nouvelle adresse e-mail"),
        ["email_confirm.body"] = ("You asked to sign in to Gatehouse ({0}) with this address from now on. Confirm it with this link (one use, until {1:u} UTC):\n\n{2}\n\nIf you did not ask for this, ignore this message.\n",
            "Vous avez demandé à vous connecter à Gatehouse ({0}) avec cette adresse désormais. Confirmez-la avec ce lien (un seul usage, jusqu'au {1:u} UTC) :\n\n{2}\n\nSi vous n'avez rien demandé, ignorez ce message.\n"),
        ["email_notice.subject"] = ("Your Gatehouse e-mail is about to change", "Votre e-mail Gatehouse va changer"),
        ["email_notice.body"] = ("Someone signed in as {0} asked to move the account to {1}. The change applies once that address confirms it.\n\nIf this was not you, change your password now and tell an administrator.\n",
            "Quelqu'un connecté en tant que {0} a demandé à déplacer le compte vers {1}. Le changement s'appliquera quand cette adresse l'aura confirmé.\n\nSi ce n'était pas vous, changez votre mot de passe maintenant et prévenez un administrateur.\n"),
        // Security notices (ASVS V2.2.3): what changed, when, from where, and what to do if it was not the member.
        ["security_notice.subject"] = ("Security alert: your Gatehouse account changed", "Alerte de sécurité : votre compte Gatehouse a changé"),
        ["security_notice.body"] = ("Something that protects your Gatehouse account ({0}) changed: {1}\n\nWhen: {2:u} UTC\nFrom (IP address): {3}\nBrowser or app: {4}\n\nIf this was you, there is nothing to do.\nIf it was not you, someone may have access to your account: if you can still sign in, change your password and end your other sessions on your Security page; either way, tell an administrator now, so they can end every session and send you a reset link.\n",
            "Un élément qui protège votre compte Gatehouse ({0}) a changé : {1}\n\nQuand : {2:u} UTC\nDepuis (adresse IP) : {3}\nNavigateur ou application : {4}\n\nSi c'était vous, il n'y a rien à faire.\nSi ce n'était pas vous, quelqu'un a peut-être accès à votre compte : si vous pouvez encore vous connecter, changez votre mot de passe et fermez vos autres sessions depuis votre page Sécurité ; dans tous les cas, prévenez un administrateur maintenant, pour qu'il ferme toutes les sessions et vous envoie un lien de réinitialisation.\n"),
        ["change.password_changed"] = ("your password was changed.", "votre mot de passe a été changé."),
        ["change.password_reset"] = ("your password was reset through a reset link.", "votre mot de passe a été réinitialisé par un lien de réinitialisation."),
        ["change.temporary_password"] = ("an administrator replaced your password with a temporary one.", "un administrateur a remplacé votre mot de passe par un mot de passe temporaire."),
        ["change.two_factor_enabled"] = ("two-factor sign-in was turned on.", "la connexion à deux facteurs a été activée."),
        ["change.two_factor_disabled"] = ("two-factor sign-in was turned off.", "la connexion à deux facteurs a été désactivée."),
        ["change.two_factor_reset"] = ("an administrator removed your two-factor sign-in.", "un administrateur a retiré votre connexion à deux facteurs."),
        ["change.recovery_codes_renewed"] = ("new two-factor recovery codes were made; the old ones no longer work.", "de nouveaux codes de secours ont été générés ; les anciens ne fonctionnent plus."),
        ["change.sso_linked"] = ("your account was linked to your account at {0}, which can now sign you in.", "votre compte a été lié à votre compte chez {0}, qui peut désormais vous connecter."),
        ["change.sso_unlinked"] = ("your account was unlinked from {0}, which no longer signs you in.", "votre compte a été délié de {0}, qui ne vous connecte plus."),
        ["unknown"] = ("unknown", "inconnu"),
    };

    public bool IsConfigured => mail.IsConfigured;

    public static IEnumerable<string> Keys => Texts.Keys;

    /// <summary>32 random bytes, base64url.</summary>
    public static string NewToken() => TokenOf(RandomNumberGenerator.GetBytes(TokenBytes));

    public const int TokenBytes = 32;

    /// <summary>A token from <see cref="TokenBytes"/> random bytes the caller drew (a batch draws them in one call), base64url.</summary>
    public static string TokenOf(ReadOnlySpan<byte> random) => System.Buffers.Text.Base64Url.EncodeToString(random[..TokenBytes]);

    /// <summary>What is stored of a token: its SHA-256 in lower-case hex.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The panel's page <paramref name="page"/> with the token in the fragment (the configured public origin, else the request's).</summary>
    public string Link(HttpRequest request, string page, string token)
    {
        var origin = options.Value.Security.PublicOrigin?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";
        return $"{origin}/{page}#token={token}";
    }

    /// <summary>Sends one account e-mail (<paramref name="kind"/>: set_password, reset, email_confirm, email_notice).</summary>
    /// <exception cref="MailNotSentException">The relay refused or could not be reached.</exception>
    public Task SendAsync(string to, string kind, CancellationToken ct, params object?[] args) =>
        mail.SendAsync([to], Text($"{kind}.subject"), Text($"{kind}.body", args), ct);

    /// <summary>Like <see cref="SendAsync"/> for a notice whose loss must not undo what was done: a failure is logged.</summary>
    public async Task NotifyAsync(string to, string kind, CancellationToken ct, params object?[] args)
    {
        try { await SendAsync(to, kind, ct, args); }
        catch (MailNotSentException e) { log.LogWarning(e, "Account notice {Kind} not sent: {Reason}", kind, e.Message); }
    }

    /// <summary>
    /// Tells a member that <paramref name="change"/> (a <c>change.*</c> text; <paramref name="detail"/> fills it in) happened
    /// to their account, when and from where. Sent after the change is saved and never undoes it: a relay failure is logged.
    /// </summary>
    public Task NotifySecurityChangeAsync(string to, string username, string change, string? detail, DateTime at, string? ip, string? userAgent) =>
        NotifyAsync(to, "security_notice", CancellationToken.None, username, Text($"change.{change}", detail), at, ip ?? Text("unknown"), userAgent ?? Text("unknown"));

    private static string Text(string key, params object?[] args)
    {
        var (en, fr) = Texts[key];
        return string.Format(CultureInfo.InvariantCulture, Messages.IsFrench ? fr : en, args);
    }
}
