using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// The q filter: a case-insensitive substring of username, display name or e-mail, answered by a
/// trigram index on each provider (SQLite FTS5 <c>users_search</c>, PostgreSQL <c>pg_trgm</c>).
/// </summary>
public static class UserSearch
{
    /// <summary>Trigrams need three characters; shorter terms are broad anyway, so walking the sort index finds a page at once.</summary>
    private const int TrigramLength = 3;

    public static IQueryable<User> Matching(GatehouseDb db, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return db.Users;
        var needle = q.Trim().ToLowerInvariant();
        if (db.IsPostgres)
        {
            var like = "%" + EscapeLike(needle) + "%";
            return db.Users.Where(u => EF.Functions.Like(u.SearchText, like, "\\"));
        }

        // GLOB, not LIKE: FTS5 accelerates both, but LIKE with an ESCAPE clause falls back to a
        // full scan (measured 44 ms vs 1 ms), and SearchText is lower-case so GLOB's case rules fit.
        var glob = "*" + EscapeGlob(needle) + "*";
        // Not "walk the sort index until a page is full" for common terms: matches that sort late
        // (every "zoe.*" member) make that walk read nearly the whole table (measured 243 ms).
        return needle.Length < TrigramLength
            ? db.Users.Where(u => u.SearchText.Contains(needle))
            : db.Users.FromSqlRaw("SELECT * FROM users WHERE Id IN (SELECT UserId FROM users_search WHERE SearchText GLOB {0})", glob);
    }

    /// <summary>Makes % and _ typed by the user match themselves in LIKE.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Makes *, ? and [ typed by the user match themselves in GLOB.</summary>
    private static string EscapeGlob(string text) =>
        text.Replace("[", "[[]", StringComparison.Ordinal).Replace("*", "[*]", StringComparison.Ordinal).Replace("?", "[?]", StringComparison.Ordinal);
}
