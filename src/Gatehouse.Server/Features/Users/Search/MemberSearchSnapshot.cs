namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// An immutable view of the copy that searches read without a lock: the members in chunks, each chunk's
/// search texts laid end to end in one buffer (separated by <see cref="Separator"/>) so a term is found
/// by a vectorised <c>IndexOf</c> over the whole buffer instead of one string test per member.
/// A change rebuilds only the chunks it touches; the others are shared with the previous snapshot.
/// </summary>
public sealed class MemberSearchSnapshot
{
    /// <summary>Small enough that a chunk's text (~50 characters a member) stays off the large-object heap.</summary>
    public const int ChunkSize = 512;

    /// <summary>Never part of a term that uses the buffer, so a match cannot span two members.</summary>
    public const char Separator = '\0';

    public static readonly MemberSearchSnapshot Empty = new([], MemberNameOrder.Empty);

    private MemberSearchSnapshot(Chunk[] chunks, MemberNameOrder names) => (Chunks, Names) = (chunks, names);

    public Chunk[] Chunks { get; }

    /// <summary>The same members in username order, for the walk of a search sorted by username.</summary>
    public MemberNameOrder Names { get; }

    /// <summary>
    /// One chunk's members, their texts end to end, where each text starts (one more start marks the end), and
    /// each member's sort keys by <see cref="MemberOrder.Key"/> kind: a search rejects most members that cannot
    /// make the page from these arrays alone, without reading the member's record or strings. The smallest and
    /// largest key of each kind let a search pass over a whole chunk that cannot make the page.
    /// </summary>
    public sealed class Chunk(MemberSearchEntry[] entries, char[] text, int[] starts, ulong[][] keys)
    {
        public MemberSearchEntry[] Entries { get; } = entries;

        /// <summary>
        /// The texts as one byte per character when every character is ASCII (nearly always: usernames, e-mail
        /// addresses, most display names), else null. Half the memory a search sweeps, and twice the characters per
        /// vector compare: the sweep is a search's main cost when the term is rare.
        /// </summary>
        public byte[]? Ascii => _texts.Ascii;

        /// <summary>The texts as UTF-16, kept only when some character is not ASCII (<see cref="Ascii"/> is null).</summary>
        public char[]? Text => _texts.Utf16;

        // Decided once, when the chunk is built (an initializer: the parameter is not kept as a field).
        private readonly (byte[]? Ascii, char[]? Utf16) _texts = System.Text.Ascii.IsValid(text) ? (ToBytes(text), null) : (null, text);

        /// <summary>
        /// The three-character sequences of the texts (2^16 bits, 8 KB: a chunk's ~25,000 characters hold a few thousand
        /// distinct sequences, which set about a tenth of the bits): the sweep passes over a chunk lacking the term's.
        /// </summary>
        public ulong[] Trigrams { get; } = TrigramFilter.Of(text, 16);

        public int[] Starts { get; } = starts;
        public ulong[][] Keys { get; } = keys;
        public ulong[] MinKeys { get; } = [.. keys.Select(k => k.Length == 0 ? ulong.MaxValue : k.Min())];
        public ulong[] MaxKeys { get; } = [.. keys.Select(k => k.Length == 0 ? ulong.MinValue : k.Max())];

        private static byte[] ToBytes(char[] text)
        {
            var bytes = new byte[text.Length];
            System.Text.Ascii.FromUtf16(text, bytes, out _);
            return bytes;
        }
    }

    public static MemberSearchSnapshot Build(List<MemberSearchEntry> entries)
    {
        var chunks = new Chunk[(entries.Count + ChunkSize - 1) / ChunkSize];
        for (var c = 0; c < chunks.Length; c++) chunks[c] = BuildChunk(entries, c);
        return new(chunks, MemberNameOrder.Of(entries));
    }

    /// <summary>
    /// This snapshot with the <paramref name="dirty"/> chunks rebuilt from <paramref name="entries"/>, and the username
    /// order told which entries left (<paramref name="removed"/>) and came (<paramref name="added"/>).
    /// </summary>
    public MemberSearchSnapshot With(
        List<MemberSearchEntry> entries, HashSet<int> dirty, IReadOnlyCollection<MemberSearchEntry> removed, IReadOnlyCollection<MemberSearchEntry> added)
    {
        if (dirty.Count == 0) return this;
        var chunks = new Chunk[(entries.Count + ChunkSize - 1) / ChunkSize];
        for (var c = 0; c < chunks.Length; c++)
            chunks[c] = c < Chunks.Length && !dirty.Contains(c) ? Chunks[c] : BuildChunk(entries, c);
        return new(chunks, Names.With(removed, added));
    }

    /// <summary>This snapshot with another username order of the same members (a merge done away from the writer).</summary>
    public MemberSearchSnapshot WithNames(MemberNameOrder names) => new(Chunks, names);

    private static Chunk BuildChunk(List<MemberSearchEntry> entries, int c)
    {
        var first = c * ChunkSize;
        var members = entries.GetRange(first, Math.Min(ChunkSize, entries.Count - first)).ToArray();
        var length = 0;
        foreach (var e in members) length += e.SearchText.Length + 1;
        var text = new char[length];
        var starts = new int[members.Length + 1];
        var at = 0;
        for (var i = 0; i < members.Length; i++)
        {
            starts[i] = at;
            members[i].SearchText.CopyTo(text.AsSpan(at));
            at += members[i].SearchText.Length;
            text[at++] = Separator;
        }
        starts[members.Length] = at;
        var keys = new ulong[MemberOrder.Kinds][];
        for (var kind = 0; kind < keys.Length; kind++)
        {
            keys[kind] = new ulong[members.Length];
            for (var i = 0; i < members.Length; i++) keys[kind][i] = MemberOrder.Key(kind, members[i]);
        }
        return new(members, text, starts, keys);
    }
}
