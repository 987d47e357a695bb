using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Imports;

/// <summary>What imports say to people, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class ImportText
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["file.too_large"] = ("The file is larger than {0} MB; split it into smaller files.", "Le fichier dépasse {0} Mo ; découpez-le en fichiers plus petits."),
        ["file.empty"] = ("The file is empty.", "Le fichier est vide."),
        ["file.format"] = ("Send the file as text/csv or application/json (or name it .csv or .json).", "Envoyez le fichier en text/csv ou application/json (ou nommez-le .csv ou .json)."),
        ["file.no_header"] = ("The CSV file has no header line naming its columns.", "Le fichier CSV n'a pas de ligne d'en-tête nommant ses colonnes."),
        ["file.too_many_columns"] = ("The file has more than {0} columns.", "Le fichier a plus de {0} colonnes."),
        ["file.empty_column"] = ("A column of the header has no name.", "Une colonne de l'en-tête n'a pas de nom."),
        ["file.duplicate_column"] = ("The column '{0}' appears twice in the header.", "La colonne « {0} » apparaît deux fois dans l'en-tête."),
        ["file.bad_csv"] = ("The CSV file cannot be read at row {0} (a quote is not closed or is misplaced).", "Le fichier CSV est illisible à la ligne {0} (un guillemet n'est pas fermé ou est mal placé)."),
        ["file.bad_json"] = ("The JSON file is not an array of objects (error at member {0}).", "Le fichier JSON n'est pas un tableau d'objets (erreur au membre {0})."),
        ["file.not_object"] = ("Member {0} of the JSON file is not an object.", "Le membre {0} du fichier JSON n'est pas un objet."),
        ["file.no_rows"] = ("The file has no member rows.", "Le fichier ne contient aucune ligne de membre."),
        ["mapping.column"] = ("The file has no column '{0}'.", "Le fichier n'a pas de colonne « {0} »."),
        ["mapping.field"] = ("Unknown member field '{0}'; use one of: {1}.", "Champ de membre inconnu « {0} » ; utilisez : {1}."),
        ["mapping.twice"] = ("The field '{0}' is mapped from two columns.", "Le champ « {0} » est associé à deux colonnes."),
        ["mapping.identity"] = ("Map a column to username, email or external_id so rows can be matched with members.", "Associez une colonne à username, email ou external_id pour reconnaître les membres."),
        ["policy.unknown"] = ("Unknown policy; use one of: skip, update, fail.", "Règle inconnue ; utilisez : skip, update, fail."),
        ["source.format"] = ("Use 1 to 64 lower-case letters, digits, '.', '_' or '-'.", "Utilisez 1 à 64 lettres minuscules, chiffres, « . », « _ » ou « - »."),
        ["created_at.format"] = ("Give the date as ISO 8601 (2024-05-01 or 2024-05-01T10:00:00Z).", "Donnez la date en ISO 8601 (2024-05-01 ou 2024-05-01T10:00:00Z)."),
        ["duplicate_in_file"] = ("Same {0} as row {1} of the file.", "Même {0} que la ligne {1} du fichier."),
        ["has_errors"] = ("Row {0} (and maybe others) has errors: nothing was imported. Fix the file or the mapping, or choose to leave bad rows out, then preview again.",
            "La ligne {0} (et peut-être d'autres) a des erreurs : rien n'a été importé. Corrigez le fichier ou l'association, ou choisissez d'écarter les lignes en erreur, puis prévisualisez à nouveau."),
        ["committed"] = ("This import is already committed.", "Cet import est déjà validé."),
        ["unknown"] = ("No import with this id.", "Aucun import avec cet identifiant."),
        ["live.import_id"] = ("Give the import to follow: {\"import_id\": \"…\"}.", "Indiquez l'import à suivre : {\"import_id\": \"…\"}."),
        ["links.importer_only"] = ("Only the administrator who ran the import can download its set-password links.",
            "Seul l'administrateur qui a lancé l'import peut télécharger ses liens de choix du mot de passe."),
        ["links.gone"] = ("No set-password links are waiting for this import: they were mailed, already downloaded, or there were none.",
            "Aucun lien de choix du mot de passe n'attend pour cet import : ils ont été envoyés par e-mail, déjà téléchargés, ou il n'y en avait pas."),
        ["gone"] = ("The file of this import is no longer stored; upload it again.", "Le fichier de cet import n'est plus conservé ; envoyez-le à nouveau."),
    };

    public static string Get(string key, params object?[] args)
    {
        var (en, fr) = Texts[key];
        var template = Messages.IsFrench ? fr : en;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }
}
