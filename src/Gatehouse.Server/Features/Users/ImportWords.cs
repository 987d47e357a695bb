using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Users;

/// <summary>What the member checks of an import say, in English and French (same rules as <see cref="Messages"/>).</summary>
public static class ImportWords
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new()
    {
        ["exists"] = ("A member with this value already exists (the policy is to fail on existing members).",
            "Un membre avec cette valeur existe déjà (la règle choisie est d'échouer sur les membres existants)."),
        ["deleted"] = ("This value belongs to a deleted member; restore them instead.", "Cette valeur appartient à un membre supprimé ; restaurez-le plutôt."),
        ["source.format"] = ("An external id needs the import's external source: 1 to 64 lower-case letters, digits, '.', '_' or '-'.",
            "Un identifiant externe demande la source externe de l'import : 1 à 64 lettres minuscules, chiffres, « . », « _ » ou « - »."),
        ["format.unknown"] = ("Unknown format; use one of: csv, json.", "Format inconnu ; utilisez : csv, json."),
        ["created_at.future"] = ("The join date cannot be in the future.", "La date d'inscription ne peut pas être dans le futur."),
    };

    public static string Get(string key) => Messages.IsFrench ? Texts[key].Fr : Texts[key].En;
}
