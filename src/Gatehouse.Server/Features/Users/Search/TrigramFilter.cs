using System.Numerics;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// Which three-character sequences some members' texts hold, as a set of bits, one per hash of a sequence. A term
/// holds each of its own sequences, so members whose set lacks one of them cannot hold the term and are not read:
/// a search passes over a chunk of the copy, or (<see cref="TrigramBlocks"/>) a block of the username order, without
/// reading it (docs/adr/member-search-index.md, "sixth step"). Two sequences sharing a bit only cost a read for nothing; members
/// holding the term are never passed over, because a set is built from their own texts, and rebuilt with them.
/// Each sequence sets two bits (a Bloom filter with two hashes).
/// </summary>
public static class TrigramFilter
{
    /// <summary>The set of texts laid end to end, separated by <see cref="MemberSearchSnapshot.Separator"/> (no sequence spans it), in 2^<paramref name="hashBits"/> bits.</summary>
    public static ulong[] Of(ReadOnlySpan<char> texts, int hashBits)
    {
        var set = NewSet(hashBits);
        var window = Window.Empty;
        foreach (var c in texts)
        {
            if (c == MemberSearchSnapshot.Separator) window = Window.Empty;
            else if (window.Push(c)) Set(set, window, hashBits);
        }
        return set;
    }

    /// <summary>
    /// What a set must hold for the term to be among its members: two hashes per sequence of the term. Null when the term
    /// has no sequence to test (shorter than three characters, or holding the separator).
    /// </summary>
    public static uint[]? Of(string needle)
    {
        if (needle.Length < 3 || needle.Contains(MemberSearchSnapshot.Separator)) return null;
        var hashes = new uint[2 * (needle.Length - 2)];
        var window = Window.Empty;
        var n = 0;
        foreach (var c in needle)
            if (window.Push(c))
            {
                var (first, second) = window.Hashes;
                hashes[n++] = first;
                hashes[n++] = second;
            }
        return hashes;
    }

    public static bool MayHold(ulong[] set, uint[] needle)
    {
        var shift = 32 - BitOperations.Log2((uint)set.Length * 64);
        foreach (var hash in needle)
        {
            var bit = hash >> shift;
            if ((set[bit >> 6] & (1UL << (int)bit)) == 0) return false;
        }
        return true;
    }

    private static ulong[] NewSet(int hashBits) => new ulong[(1 << hashBits) / 64];

    private static void Set(ulong[] set, Window window, int hashBits)
    {
        var (first, second) = window.Hashes;
        Set(set, first >> (32 - hashBits));
        Set(set, second >> (32 - hashBits));
    }

    private static void Set(ulong[] set, uint bit) => set[bit >> 6] |= 1UL << (int)bit;

    /// <summary>The last three UTF-16 units read, and how many have been read (up to three).</summary>
    internal struct Window
    {
        public static Window Empty => default;

        private ulong _units;
        private int _count;

        /// <summary>Reads one more unit; true once the window holds a whole sequence.</summary>
        public bool Push(char c)
        {
            _units = ((_units << 16) | c) & 0xFFFF_FFFF_FFFF;
            return ++_count >= 3;
        }

        /// <summary>
        /// Two independent hashes (a set of 2^b bits keeps the top b bits of each): with one, a term whose bit happened
        /// to be shared with a common sequence was let through by most sets; with two, both must be.
        /// </summary>
        public readonly (uint, uint) Hashes
        {
            get
            {
                // The finalizer of MurmurHash3's 64-bit variant: every bit of the sequence moves every bit of the result.
                var h = _units;
                h = (h ^ (h >> 33)) * 0xFF51_AFD7_ED55_8CCDUL;
                h = (h ^ (h >> 33)) * 0xC4CE_B9FE_1A85_EC53UL;
                h ^= h >> 33;
                return ((uint)(h >> 32), (uint)h);
            }
        }
    }
}
