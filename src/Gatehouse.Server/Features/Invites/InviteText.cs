using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Invites;

/// <summary>What invites say to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class InviteText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["unknown"] = ("No invite with this code.", "Aucune invitation avec ce code."),
        ["revoked"] = ("This invite was revoked.", "Cette invitation a été révoquée."),
        ["expired"] = ("This invite has expired.", "Cette invitation a expiré."),
        ["used_up"] = ("This invite has been used as many times as it allows.", "Cette invitation a déjà été utilisée autant de fois que permis."),
        ["max_uses.range"] = ("Between 1 and {0} uses (leave it out for no limit).", "Entre 1 et {0} utilisations (omettez-le pour aucune limite)."),
        ["expiry.range"] = ("The expiry must be in the future and within a year.", "L'expiration doit être dans le futur et à moins d'un an."),
        ["account_needed"] = ("Sign in, or give a username, an e-mail and a password to create your account.", "Connectez-vous, ou indiquez un nom d'utilisateur, un e-mail et un mot de passe pour créer votre compte."),
        ["api_key"] = ("An invite is accepted by a person, not with an API key.", "Une invitation est acceptée par une personne, pas avec une clé d'API."),
    };

    public static string Get(string key, params object?[] args)
    {
        var (en, fr) = Texts[key];
        return string.Format(CultureInfo.InvariantCulture, Messages.IsFrench ? fr : en, args);
    }
}
