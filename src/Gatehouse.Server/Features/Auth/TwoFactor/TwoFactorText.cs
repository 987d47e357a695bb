using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>What two-factor sign-in says to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class TwoFactorText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["required"] = ("Enter the 6-digit code from your authenticator app (or a recovery code) as code.",
            "Saisissez le code à 6 chiffres de votre application d'authentification (ou un code de secours) dans code."),
        ["invalid"] = ("This code is not valid (wrong, expired or already used).", "Ce code n'est pas valide (erroné, expiré ou déjà utilisé)."),
        ["already"] = ("Two-factor sign-in is already on; turn it off first to enrol a new app.",
            "La connexion à deux facteurs est déjà active ; désactivez-la d'abord pour enrôler une nouvelle application."),
        ["not_started"] = ("Start enrolment first (POST /api/v1/me/2fa/enrolment).", "Commencez d'abord l'enrôlement (POST /api/v1/me/2fa/enrolment)."),
        ["not_enabled"] = ("Two-factor sign-in is not on.", "La connexion à deux facteurs n'est pas active."),
        ["enrol_first"] = ("Your role requires two-factor sign-in: set up an authenticator app first (Security page).",
            "Votre rôle exige la connexion à deux facteurs : configurez d'abord une application d'authentification (page Sécurité)."),
        ["policy"] = ("Your role requires two-factor sign-in; it cannot be turned off.", "Votre rôle exige la connexion à deux facteurs ; elle ne peut pas être désactivée."),
        ["self"] = ("Turn off your own two-factor sign-in from your Security page (with a code).", "Désactivez votre propre connexion à deux facteurs depuis votre page Sécurité (avec un code)."),
    };

    public static string Get(string key, params object?[] args)
    {
        if (!Texts.TryGetValue(key, out var text)) return key;
        var template = Messages.IsFrench ? text.Fr : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    public static IEnumerable<string> Keys => Texts.Keys;
}
