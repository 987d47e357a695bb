using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>What the privacy feature says to people, in English and French.</summary>
public static class PrivacyText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["erased"] = ("This member's personal data has already been erased.", "Les données personnelles de ce membre ont déjà été effacées."),
        ["self"] = ("Erase your own account from your profile (it asks you to confirm who you are).",
            "Effacez votre propre compte depuis votre profil (il vous demande de confirmer votre identité)."),
        ["owner"] = ("The owner account cannot be erased; transfer ownership first.", "Le compte propriétaire ne peut pas être effacé ; transférez d'abord la propriété."),
        ["purpose"] = ("Unknown purpose; use one of: {0}.", "Finalité inconnue ; utilisez : {0}."),
        ["no_text"] = ("No consent text is published for this purpose yet.", "Aucun texte de consentement n'est encore publié pour cette finalité."),
        ["version"] = ("You answered version {0} of the text; the current version is {1}. Read it again and answer.",
            "Vous avez répondu à la version {0} du texte ; la version actuelle est la {1}. Relisez-la et répondez."),
        ["text"] = ("Both the English and the French text are required, at most 4000 characters each.",
            "Les textes anglais et français sont requis, 4000 caractères au plus chacun."),
        ["category"] = ("Unknown retention category; use one of: {0}.", "Catégorie de conservation inconnue ; utilisez : {0}."),
        ["days"] = ("days must be between 1 and 3650.", "days doit être compris entre 1 et 3650."),
        ["format"] = ("Unknown format; use json or csv.", "Format inconnu ; utilisez json ou csv."),
    };

    public static string Get(string key, params object?[] args)
    {
        var (en, fr) = Texts[key];
        var text = Messages.IsFrench ? fr : en;
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}
