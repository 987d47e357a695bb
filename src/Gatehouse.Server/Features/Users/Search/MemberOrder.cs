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

    /// <summary>Whether this is the username order (ascending or descending), which <see cref="MemberNameOrder"/> follows.</summary>
    public bool IsByUsername => KeyKind == ByUsernameKey;

    /// <summary>
    /// True when a member with key <paramref name="x"/> comes strictly before one with key <paramref name="y"/>
    /// in this order. Equal keys decide nothing (longer text, ties): then compare the members.
    /// </summary>
    public bool KeyPrecedes(ulong x, ulong y) => Descending ? x > y : x < y;

    /// <summary>
    /// A key whose order agrees with the sort column's: for text, its first eight UTF-16 units, one byte each (ordinal,
    /// as the database's BINARY or C collation compares them; a shorter text's missing units count as 0), or the
    /// creation ticks. A unit of 255 or above is written as 255 and ends the key (the rest stays 0): two texts that
    /// differ only from there on get equal keys, and equal keys decide nothing, so the order is never contradicted.
    /// Eight units rather than four: usernames share stems ("zoe.", "emma.thomas…"), and every tie is a full comparison.
    /// </summary>
    public static ulong Key(int kind, MemberSearchEntry e) => kind switch
    {
        ByUsernameKey => TextKey(e.UsernameNormalized),
        ByDisplayNameKey => TextKey(e.DisplayName),
        _ => (ulong)e.CreatedAt.Ticks,
    };

    internal static ulong TextKey(string text)
    {
        ulong key = 0;
        var i = 0;
        for (; i < 8 && i < text.Length; i++)
        {
            var unit = text[i];
            key = (key << 8) | Math.Min(unit, (uint)byte.MaxValue);
            if (unit >= byte.MaxValue)
            {
                i++;
                break;
            }
        }
        return i == 0 ? 0 : key << (8 * (8 - i));
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
