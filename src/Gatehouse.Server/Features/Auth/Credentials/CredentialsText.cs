using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>What account security says to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class CredentialsText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["current.wrong"] = ("The current password is wrong.", "Le mot de passe actuel est incorrect."),
        ["password.same"] = ("Choose a password different from the current one.", "Choisissez un mot de passe différent de l'actuel."),
        ["self.use_me"] = ("For your own account use /api/v1/me/password.", "Pour votre propre compte, utilisez /api/v1/me/password."),
        ["must_change"] = ("This password is temporary: sign in again with new_password set to the password you choose.",
            "Ce mot de passe est temporaire : reconnectez-vous avec new_password, le mot de passe que vous choisissez."),
        ["reset.invalid"] = ("This reset link is not valid or has expired; ask an administrator for a new one.",
            "Ce lien de réinitialisation n'est pas valide ou a expiré ; demandez-en un nouveau à un administrateur."),
        ["email.not_sent"] = ("The confirmation e-mail could not be sent to the new address; nothing was changed. Try again later.",
            "L'e-mail de confirmation n'a pas pu être envoyé à la nouvelle adresse ; rien n'a changé. Réessayez plus tard."),
        ["email.link_invalid"] = ("This confirmation link is not valid or has expired; ask for the change again.",
            "Ce lien de confirmation n'est pas valide ou a expiré ; demandez à nouveau le changement."),
        ["no_password"] = ("This account signs in without a password here (single sign-on).", "Ce compte se connecte sans mot de passe ici (authentification unique)."),
    };

    public static string Get(string key, params object?[] args)
    {
        if (!Texts.TryGetValue(key, out var text)) return key;
        var template = Messages.IsFrench ? text.Fr : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
}
