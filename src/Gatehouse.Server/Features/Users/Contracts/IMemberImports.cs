namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// What an import may ask of members: check a batch of rows exactly as <c>POST /users</c> would
/// (field rules, roles that exist and that the actor may assign, matches with existing members,
/// case-insensitive) and write a checked batch through the member write path in the caller's
/// transaction (one audit entry and one domain event per member created or changed).
/// </summary>
public interface IMemberImports
{
    /// <summary>Checks rows against the rules and the members stored now (rows earlier in the same transaction included).</summary>
    Task<IReadOnlyList<ImportRowCheck>> CheckAsync(IReadOnlyList<ImportedMember> rows, ImportPolicy policy, CancellationToken ct);

    /// <summary>
    /// Where what <see cref="CheckAsync"/> reads stands now, for this actor: equal marks taken before a check and
    /// later mean a new check would find the same (no member, role or access changed in between). Null when that
    /// cannot be told (an API key's scopes change without a domain event): the rows must be checked again.
    /// </summary>
    Task<string?> CheckMarkAsync(CancellationToken ct);

    /// <summary>
    /// Writes rows that <see cref="CheckAsync"/> found valid (create, or update under <see cref="ImportPolicy.Update"/>).
    /// Each member created gets a one-time set-password link, as one created by <c>POST /users</c> without a password:
    /// only the token's hash is stored; the caller hands the token over (mail or result file).
    /// </summary>
    /// <returns>Per row: the member's id, whether anything was written, and for a member created the set-password token.</returns>
    Task<IReadOnlyList<ImportRowWrite>> WriteAsync(IReadOnlyList<(ImportedMember Row, ImportRowCheck Check)> rows, CancellationToken ct);
}

/// <summary>What to do with a row that matches an existing member.</summary>
public enum ImportPolicy { Skip, Update, Fail }

/// <summary>The outcome a checked row will have.</summary>
public enum ImportRowAction { Create, Update, Skip, Error }

/// <summary>
/// One row of an import, in member fields. A null field was not mapped (left as it is on update);
/// an empty string clears an optional field.
/// </summary>
/// <param name="ExternalSource">With <paramref name="ExternalId"/>, how a site knows the member (site integration finds them by it).</param>
public sealed record ImportedMember(
    int Row, string? Username, string? Email, string? DisplayName = null, string? AvatarUrl = null,
    IReadOnlyList<string>? Roles = null, IReadOnlyList<string>? Tags = null, DateTime? CreatedAt = null,
    string? ExternalSource = null, string? ExternalId = null);

/// <param name="Field">The member field at fault (username, email, roles…).</param>
/// <param name="Code"><c>invalid</c>, <c>duplicate_in_file</c>, <c>exists</c> (policy fail), <c>taken</c> (another member has it) or <c>forbidden</c> (hierarchy).</param>
public sealed record ImportFieldError(string Field, string Code, string Message);

/// <param name="ExistingId">The member this row matches, if any.</param>
/// <param name="MatchedBy">external_id, username or email.</param>
/// <param name="Keys">Normalized identity keys ("username:…", "email:…", "external_id:…") for spotting duplicates within the file.</param>
public sealed record ImportRowCheck(
    int Row, ImportRowAction Action, Guid? ExistingId, string? MatchedBy, IReadOnlyList<ImportFieldError> Errors, IReadOnlyList<(string Field, string Key)> Keys);

public sealed record ImportRowWrite(int Row, Guid UserId, bool Created, bool Changed, ImportPasswordSetup? PasswordSetup = null);

/// <param name="Token">The one-time token of the member's set-password link (the <c>reset-password</c> page's fragment).</param>
public sealed record ImportPasswordSetup(string Token, DateTime ExpiresAt);
