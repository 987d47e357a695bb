using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>What single sign-on says to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class SsoText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["expired"] = ("The single sign-on took too long or was not started here; start again from the sign-in page.",
            "La connexion unique a pris trop de temps ou n'a pas commencé ici ; recommencez depuis la page de connexion."),
        ["email-unverified"] = ("The provider does not say this e-mail is verified, so it cannot be linked to an account.",
            "Le fournisseur n'indique pas que cette adresse e-mail est vérifiée : elle ne peut pas être liée à un compte."),
        ["no-email"] = ("The provider gave no e-mail address.", "Le fournisseur n'a donné aucune adresse e-mail."),
        ["no-subject"] = ("The provider's answer names nobody.", "La réponse du fournisseur ne désigne personne."),
        ["no-account"] = ("No account uses this e-mail; ask an administrator for an invitation.",
            "Aucun compte n'utilise cette adresse e-mail ; demandez une invitation à un administrateur."),
        ["account-disabled"] = ("This account is disabled.", "Ce compte est désactivé."),
        ["account-banned"] = ("This account is banned.", "Ce compte est banni."),
        ["issuer"] = ("issuer must be an https:// address (http:// only on loopback), without credentials, query or fragment.",
            "issuer doit être une adresse https:// (http:// seulement en boucle locale), sans identifiants, requête ni fragment."),
        ["id"] = ("id: 1 to 32 lower-case letters, digits or '-'.", "id : 1 à 32 lettres minuscules, chiffres ou « - »."),
        ["scope"] = ("A scope is 1 to 64 characters without spaces.", "Une portée fait 1 à 64 caractères, sans espace."),
        ["role"] = ("Unknown role: {0}.", "Rôle inconnu : {0}."),
        ["last_way_in"] = ("This is your only way to sign in: set a password first.",
            "C'est votre seul moyen de connexion : définissez d'abord un mot de passe."),
    };

    public static string Get(string key, params object?[] args)
    {
        if (!Texts.TryGetValue(key, out var text)) return key;
        var template = Messages.IsFrench ? text.Fr : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
}
