namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// The list's keyset orders over entries: the sort column, then the unique normalized username.
/// Text compares ordinally, as SQLite's BINARY collation (and PostgreSQL's "C") does, so pages and
/// cursors are the ones the database gives.
/// </summary>
public sealed class MemberOrder : IComparer<MemberSearchEntry>
{
    private readonly Comparison<MemberSearchEntry> _compare;

    private MemberOrder(Comparison<MemberSearchEntry> compare) => _compare = compare;

    public int Compare(MemberSearchEntry? x, MemberSearchEntry? y) => _compare(x!, y!);

    /// <summary>The opposite order (the top-k heap keeps its worst element at the root).</summary>
    public IComparer<MemberSearchEntry> Reversed => Comparer<MemberSearchEntry>.Create((x, y) => _compare(y, x));

    private static int ByUsername(MemberSearchEntry x, MemberSearchEntry y) => string.CompareOrdinal(x.UsernameNormalized, y.UsernameNormalized);

    private static int ByDisplayName(MemberSearchEntry x, MemberSearchEntry y)
    {
        var c = string.CompareOrdinal(x.DisplayName, y.DisplayName);
        return c != 0 ? c : ByUsername(x, y);
    }

    private static int ByCreatedAt(MemberSearchEntry x, MemberSearchEntry y)
    {
        var c = x.CreatedAt.CompareTo(y.CreatedAt);
        return c != 0 ? c : ByUsername(x, y);
    }

    /// <summary>The order of a sort the copy serves; null for the last-seen sorts (kept on the database).</summary>
    public static MemberOrder? For(string sort) => sort switch
    {
        "username" => new(ByUsername),
        "-username" => new((x, y) => ByUsername(y, x)),
        "display_name" => new(ByDisplayName),
        "-display_name" => new((x, y) => ByDisplayName(y, x)),
        "created_at" => new(ByCreatedAt),
        "-created_at" => new((x, y) => ByCreatedAt(y, x)),
        _ => null,
    };

    /// <summary>A cursor as an entry holding its sort values, to compare members against.</summary>
    public static MemberSearchEntry CursorEntry(string? value, string tie, DateTime at) =>
        new(Guid.Empty, "", tie, value ?? "", at, null, false, false, [], [], null);
}
