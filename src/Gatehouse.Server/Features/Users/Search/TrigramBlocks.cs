using System.Numerics;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// The three-character sequences (<see cref="TrigramFilter"/>) of each block of <see cref="BlockSize"/> members of a
/// list, stored by bit rather than by block: for each bit of the hash, which blocks have it. A term's candidate blocks
/// are then the AND of a few rows (two per sequence of the term) over all blocks at once, a few hundred bytes read in
/// order, where testing each block's own set reads two scattered words per block.
/// </summary>
public sealed class TrigramBlocks
{
    public const int BlockSize = 64;

    public static readonly TrigramBlocks Empty = new([]);

    // 2^14 rows, 32 bytes a member in all (2 KB a block's worth): 64 members hold ~3,200 characters, up to ~2,000
    // distinct sequences with varied names (two bits each: about a fifth of a block's bits set), far fewer when
    // neighbours share a stem (the bench's 100k members: 2.5 %).
    private const int HashBits = 14;

    // Row r (a bit of the hash) spans _words words from r × _words: one bit per block.
    private readonly ulong[] _rows;
    private readonly int _words;

    public TrigramBlocks(MemberSearchEntry[] members)
    {
        Count = (members.Length + BlockSize - 1) / BlockSize;
        _words = (Count + 63) / 64;
        _rows = new ulong[(1 << HashBits) * _words];
        for (var block = 0; block < Count; block++)
        {
            var (word, mask) = (block >> 6, 1UL << block);
            foreach (var member in members.AsSpan(block * BlockSize, Math.Min(BlockSize, members.Length - block * BlockSize)))
            {
                var window = TrigramFilter.Window.Empty;
                foreach (var c in member.SearchText)
                {
                    if (!window.Push(c)) continue;
                    var (first, second) = window.Hashes;
                    _rows[(int)(first >> (32 - HashBits)) * _words + word] |= mask;
                    _rows[(int)(second >> (32 - HashBits)) * _words + word] |= mask;
                }
            }
        }
    }

    public int Count { get; }

    /// <summary>Which blocks may hold every sequence of the term (<see cref="TrigramFilter.Of(string)"/>): one bit per block.</summary>
    public ulong[] Holding(uint[] needle)
    {
        var holding = new ulong[_words];
        Array.Fill(holding, ulong.MaxValue);
        foreach (var hash in needle)
        {
            var row = _rows.AsSpan((int)(hash >> (32 - HashBits)) * _words, _words);
            for (var w = 0; w < holding.Length; w++) holding[w] &= row[w];
        }
        return holding;
    }

    /// <summary>Whether the block of the member at <paramref name="position"/> may hold the term (<paramref name="holding"/>: <see cref="Holding"/>).</summary>
    public static bool Holds(ulong[] holding, int position)
    {
        var block = position / BlockSize;
        return (holding[block >> 6] & (1UL << block)) != 0;
    }

    /// <summary>
    /// From <paramref name="block"/> on, in the walk's direction, the first block that may hold the term; past the end
    /// (<see cref="Count"/>, or −1 descending) when none.
    /// </summary>
    public int Next(ulong[] holding, int block, bool descending)
    {
        if (!descending)
        {
            for (var w = block >> 6; w < holding.Length; w++)
            {
                var bits = w == block >> 6 ? holding[w] & (ulong.MaxValue << block) : holding[w];
                if (bits != 0) return Math.Min(Count, (w << 6) + BitOperations.TrailingZeroCount(bits));
            }
            return Count;
        }
        for (var w = block >> 6; w >= 0; w--)
        {
            var bits = w == block >> 6 ? holding[w] & (ulong.MaxValue >> (63 - (block & 63))) : holding[w];
            if (bits != 0) return (w << 6) + 63 - BitOperations.LeadingZeroCount(bits);
        }
        return -1;
    }
}
