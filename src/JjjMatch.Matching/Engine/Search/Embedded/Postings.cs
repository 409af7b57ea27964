namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// One term's postings, compressed in one byte array: per posting the gap to the previous document ordinal and the
/// field frequencies, as variable-length integers. Ordinals only grow, so gaps are positive and mostly one byte; a
/// posting costs about three bytes instead of eight, which is what lets a million listings fit in memory
/// (docs/benchmarks.md, "National scale"). A struct in an array, so a term with postings costs one array and no
/// other object.
/// </summary>
internal struct Postings
{
    private byte[]? data;
    private int length;
    private int last;

    public int Count { get; private set; }

    public readonly long Bytes => data?.Length ?? 0;

    public void Add(int document, int packedFrequencies)
    {
        var gap = Count == 0 ? document + 1 : document - last;
        EnsureRoom(2 * VarInt.MaxBytes);
        length = VarInt.Write(data!, length, (uint)gap);
        length = PostingFrequencies.Write(data!, length, packedFrequencies);
        last = document;
        Count++;
    }

    public readonly Reader Read() => new(data, length);

    public readonly void WriteTo(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(last);
        writer.Write(length);
        writer.Write(data.AsSpan(0, length));
    }

    public static Postings ReadFrom(BinaryReader reader)
    {
        var postings = new Postings { Count = reader.ReadInt32(), last = reader.ReadInt32() };
        postings.length = reader.ReadInt32();
        postings.data = postings.length == 0 ? null : reader.ReadExactly(postings.length);
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
