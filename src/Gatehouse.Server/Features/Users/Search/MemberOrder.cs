namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// The list's keyset orders over entries: the sort column, then the unique normalized username.
/// Text compares ordinally, as SQLite's BINARY collation (and PostgreSQL's "C") does, so pages and
/// cursors are the ones the database gives.
/// </summary>
public sealed class MemberOrder : IComparer<MemberSearchEntry>
{
    /// <summary>Kinds of sort key: username, display name, creation time.</summary>
    public const int Kinds = 3;
    private const int ByUsernameKey = 0, ByDisplayNameKey = 1, ByCreatedAtKey = 2;

    private readonly Comparison<MemberSearchEntry> _compare;

    private MemberOrder(Comparison<MemberSearchEntry> compare, int kind, bool descending)
    {
        _compare = compare;
        KeyKind = kind;
        Descending = descending;
    }

    /// <summary>Which of the chunk's key arrays follows this order's first column.</summary>
    public int KeyKind { get; }

    public bool Descending { get; }

    /// <summary>
    /// True when a member with key <paramref name="x"/> comes strictly before one with key <paramref name="y"/>
    /// in this order. Equal keys decide nothing (longer text, ties): then compare the members.
    /// </summary>
    public bool KeyPrecedes(ulong x, ulong y) => Descending ? x > y : x < y;

    /// <summary>
    /// A key whose order agrees with the sort column's: the first four UTF-16 units of the text (ordinal, as the
    /// database's BINARY or C collation compares them; a shorter text's missing units count as 0), or the creation ticks.
    /// </summary>
    public static ulong Key(int kind, MemberSearchEntry e) => kind switch
    {
        ByUsernameKey => TextKey(e.UsernameNormalized),
        ByDisplayNameKey => TextKey(e.DisplayName),
        _ => (ulong)e.CreatedAt.Ticks,
    };

    private static ulong TextKey(string text)
    {
        ulong key = 0;
        for (var i = 0; i < 4; i++) key = (key << 16) | (i < text.Length ? text[i] : 0u);
        return key;
    }

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
        "username" => new(ByUsername, ByUsernameKey, false),
        "-username" => new((x, y) => ByUsername(y, x), ByUsernameKey, true),
        "display_name" => new(ByDisplayName, ByDisplayNameKey, false),
        "-display_name" => new((x, y) => ByDisplayName(y, x), ByDisplayNameKey, true),
        "created_at" => new(ByCreatedAt, ByCreatedAtKey, false),
        "-created_at" => new((x, y) => ByCreatedAt(y, x), ByCreatedAtKey, true),
        _ => null,
    };

    /// <summary>A cursor as an entry holding its sort values, to compare members against.</summary>
    public static MemberSearchEntry CursorEntry(string? value, string tie, DateTime at) =>
        new(Guid.Empty, "", tie, value ?? "", at, null, false, false, [], [], null);
}
