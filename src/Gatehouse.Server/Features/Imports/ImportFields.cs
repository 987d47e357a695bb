using System.Globalization;

namespace Gatehouse.Server.Features.Imports;

/// <summary>The member fields a file's columns can map to, and the header names each is recognised by.</summary>
public static class ImportFields
{
    public const string Username = "username";
    public const string Email = "email";
    public const string DisplayName = "display_name";
    public const string AvatarUrl = "avatar_url";
    public const string Roles = "roles";
    public const string Tags = "tags";
    public const string CreatedAt = "created_at";
    public const string ExternalId = "external_id";

    public static readonly IReadOnlyList<string> All = [Username, Email, DisplayName, AvatarUrl, Roles, Tags, CreatedAt, ExternalId];

    /// <summary>Header spellings seen in exports of forums, Discord bots and spreadsheets (compared without case, spaces or punctuation).</summary>
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["username"] = Username,
        ["user"] = Username,
        ["login"] = Username,
        ["handle"] = Username,
        ["pseudo"] = Username,
        ["nickname"] = Username,
        ["email"] = Email,
        ["mail"] = Email,
        ["emailaddress"] = Email,
        ["courriel"] = Email,
        ["adressemail"] = Email,
        ["displayname"] = DisplayName,
        ["name"] = DisplayName,
        ["fullname"] = DisplayName,
        ["nom"] = DisplayName,
        ["nomaffiche"] = DisplayName,
        ["avatarurl"] = AvatarUrl,
        ["avatar"] = AvatarUrl,
        ["picture"] = AvatarUrl,
        ["photo"] = AvatarUrl,
        ["roles"] = Roles,
        ["role"] = Roles,
        ["groups"] = Roles,
        ["group"] = Roles,
        ["tags"] = Tags,
        ["tag"] = Tags,
        ["labels"] = Tags,
        ["createdat"] = CreatedAt,
        ["joined"] = CreatedAt,
        ["joinedat"] = CreatedAt,
        ["registered"] = CreatedAt,
        ["signupdate"] = CreatedAt,
        ["externalid"] = ExternalId,
        ["siteid"] = ExternalId,
        ["memberid"] = ExternalId,
        ["userid"] = ExternalId,
    };

    /// <summary>Maps each column to the field its header names; a field is proposed for its first column only.</summary>
    public static Dictionary<string, string> Propose(IEnumerable<string> columns)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>();
        foreach (var column in columns)
        {
            var field = Aliases.GetValueOrDefault(Simplify(column));
            mapping[column] = field is not null && taken.Add(field) ? field : "";
        }
        return mapping;
    }

    private static string Simplify(string header) =>
        string.Concat(header.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .ToLowerInvariant();

    /// <summary>Roles and tags in one cell: separated by commas, semicolons or pipes.</summary>
    public static IReadOnlyList<string> SplitList(string cell) =>
        cell.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
