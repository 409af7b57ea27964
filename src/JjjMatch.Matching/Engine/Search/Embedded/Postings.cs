namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// One term's postings, compressed in one byte array: per posting the gap to the previous document ordinal and the
/// field frequencies, as variable-length integers. Ordinals only grow, so gaps are positive and mostly one byte; a
/// posting costs about three bytes instead of eight, which is what lets a million listings fit in memory
/// (docs/benchmarks.md, "National scale"). A struct in an array, so a term with postings costs one array and no
/// other object. Every <see cref="BlockSize"/> postings a skip entry records where the next block starts, so a search
/// can jump to a document without decoding the postings before it (<see cref="PostingCursor"/>).
/// </summary>
internal struct Postings
{
    public const int BlockSize = 128;

    private byte[]? data;
    private int length;
    private int last;

    // Per block after the first: the ordinal of the posting before it, then the block's byte offset.
    private int[]? skips;
    private int skipLength;

    public int Count { get; private set; }

    public readonly long Bytes => data?.Length ?? 0;

    public void Add(int document, int packedFrequencies)
    {
        var gap = Count == 0 ? document + 1 : document - last;
        if (Count > 0 && Count % BlockSize == 0)
        {
            AddSkip(last, length);
        }

        EnsureRoom(2 * VarInt.MaxBytes);
        length = VarInt.Write(data!, length, (uint)gap);
        length = PostingFrequencies.Write(data!, length, packedFrequencies);
        last = document;
        Count++;
    }

    public readonly Reader Read() => new(data, length);

    public readonly PostingCursor Cursor() => new(data, length, skips, skipLength);

    public readonly void WriteTo(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(last);
        writer.Write(length);
        writer.Write(data.AsSpan(0, length));
        writer.Write(skipLength);
        for (var i = 0; i < skipLength; i++)
        {
            writer.Write(skips![i]);
        }
    }

    public static Postings ReadFrom(BinaryReader reader)
    {
        var postings = new Postings { Count = reader.ReadInt32(), last = reader.ReadInt32() };
        postings.length = reader.ReadInt32();
        postings.data = postings.length == 0 ? null : reader.ReadExactly(postings.length);
        postings.skipLength = reader.ReadInt32();
        if (postings.skipLength != 2 * ((Math.Max(postings.Count, 1) - 1) / BlockSize))
        {
            throw new InvalidDataException("A postings list's skip entries do not match its length.");
        }

        postings.skips = postings.skipLength == 0 ? null : new int[postings.skipLength];
        for (var i = 0; i < postings.skipLength; i++)
        {
            postings.skips![i] = reader.ReadInt32();
        }

        return postings;
    }

    /// <summary>Drops the postings of documents that are no longer live.</summary>
    public void Compact(ReadOnlySpan<bool> live)
    {
        var reader = Read();
        var kept = new Postings();
        while (reader.Next(out var document, out var packed))
        {
            if (live[document])
            {
                kept.Add(document, packed);
            }
        }

        kept.Trim();
        this = kept;
    }

    /// <summary>Gives back the room reserved for growth, once a bulk load is done.</summary>
    public void Trim()
    {
        if (data is not null && data.Length != length)
        {
            Array.Resize(ref data, length);
        }

        if (skips is not null && skips.Length != skipLength)
        {
            Array.Resize(ref skips, skipLength);
        }
    }

    private void AddSkip(int previous, int offset)
    {
        if (skips is null || skipLength == skips.Length)
        {
            Array.Resize(ref skips, Math.Max(8, skipLength * 2));
        }

        skips[skipLength++] = previous;
        skips[skipLength++] = offset;
    }

    private void EnsureRoom(int bytes)
    {
        if (data is null)
        {
            data = new byte[Math.Max(8, bytes)];
            return;
        }

        if (length + bytes > data.Length)
        {
            Array.Resize(ref data, Math.Max(length + bytes, data.Length + (data.Length >> 1)));
        }
    }

    /// <summary>Walks the postings in ordinal order.</summary>
    public ref struct Reader(byte[]? data, int length)
    {
        private int position;
        private int document = -1;

        public bool Next(out int ordinal, out int packedFrequencies)
        {
            if (position >= length)
            {
                ordinal = 0;
                packedFrequencies = 0;
                return false;
            }

            document += (int)VarInt.Read(data!, ref position);
            packedFrequencies = PostingFrequencies.Read(data!, ref position);
            ordinal = document;
            return true;
        }
    }
}
