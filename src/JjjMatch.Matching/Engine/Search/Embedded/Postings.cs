namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// One term's postings, compressed: per posting the gap to the previous document ordinal and the field frequencies,
/// as variable-length integers. Ordinals only grow, so gaps are positive and mostly one byte; a posting costs about
/// three bytes instead of eight (docs/benchmarks.md, "National scale"). A struct in an array, so a term with postings
/// costs one array and no other object. Every <see cref="BlockSize"/> postings a skip entry records where the next
/// block starts, so a search can jump to a document without decoding the postings before it
/// (<see cref="PostingCursor"/>). In an index opened from its file the bytes read then stay in the file's mapping
/// (<see cref="IndexMapping"/>), off the heap; postings added afterwards go on in a byte array on the heap, as if
/// appended to the mapped ones (offsets and skip entries count from the start of the mapped bytes), until the next
/// save writes both as one list.
/// </summary>
internal unsafe struct Postings
{
    public const int BlockSize = 128;

    private byte* mapped;
    private int mappedLength;

    // The bytes after the mapped ones (all of them when nothing is mapped).
    private byte[]? data;
    private int length;
    private int last;

    // Per block after the first: the ordinal of the posting before it, then the block's byte offset.
    private int[]? skips;
    private int skipLength;

    public int Count { get; private set; }

    /// <summary>The bytes this term's postings hold on the heap.</summary>
    public readonly long HeapBytes => (data?.Length ?? 0) + (4L * (skips?.Length ?? 0));

    public void Add(int document, int packedFrequencies)
    {
        var gap = Count == 0 ? document + 1 : document - last;
        if (Count > 0 && Count % BlockSize == 0)
        {
            AddSkip(last, length);
        }

        EnsureRoom(2 * VarInt.MaxBytes);
        var position = VarInt.Write(data!, length - mappedLength, (uint)gap);
        position = PostingFrequencies.Write(data!, position, packedFrequencies);
        length = position + mappedLength;
        last = document;
        Count++;
    }

    public readonly Reader Read() => new(Mapped, Heap);

    public readonly PostingCursor Cursor() => new(mapped, mappedLength, data, length, skips, skipLength);

    private readonly ReadOnlySpan<byte> Mapped => new(mapped, mappedLength);

    private readonly ReadOnlySpan<byte> Heap => data.AsSpan(0, length - mappedLength);

    /// <param name="mapping">The mapping the postings were read in, if any: their bytes come from its file.</param>
    public readonly void WriteTo(BinaryWriter writer, IndexMapping? mapping)
    {
        writer.Write(Count);
        writer.Write(last);
        writer.Write(length);
        if (mappedLength > 0)
        {
            mapping!.CopyTo(writer, mapping.OffsetOf(mapped), mappedLength);
        }

        writer.Write(Heap);
        writer.Write(skipLength);
        for (var i = 0; i < skipLength; i++)
        {
            writer.Write(skips![i]);
        }
    }

    /// <param name="mapping">When the file is mapped: the bytes stay there, only the skip entries are read.</param>
    public static Postings ReadFrom(BinaryReader reader, MappedReading? mapping)
    {
        var postings = new Postings { Count = reader.ReadInt32(), last = reader.ReadInt32() };
        postings.length = reader.ReadInt32();
        if (mapping is not null)
        {
            postings.mapped = mapping.Take(postings.length);
            postings.mappedLength = postings.length;
        }
        else
        {
            postings.data = postings.length == 0 ? null : reader.ReadExactly(postings.length);
        }

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

    /// <summary>Drops the postings of documents no longer live (onto the heap, mapped ones included).</summary>
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
        if (data is not null && data.Length != length - mappedLength)
        {
            Array.Resize(ref data, length - mappedLength);
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

        var used = length - mappedLength;
        if (used + bytes > data.Length)
        {
            Array.Resize(ref data, Math.Max(used + bytes, data.Length + (data.Length >> 1)));
        }
    }

    /// <summary>Walks the postings in ordinal order: the mapped bytes, then those on the heap.</summary>
    public ref struct Reader(ReadOnlySpan<byte> first, ReadOnlySpan<byte> then)
    {
        private ReadOnlySpan<byte> current = first;
        private ReadOnlySpan<byte> next = then;
        private int position;
        private int document = -1;

        public bool Next(out int ordinal, out int packedFrequencies)
        {
            if (position >= current.Length)
            {
                if (next.IsEmpty)
                {
                    ordinal = 0;
                    packedFrequencies = 0;
                    return false;
                }

                current = next;
                next = default;
                position = 0;
            }

            document += (int)VarInt.Read(current, ref position);
            packedFrequencies = PostingFrequencies.Read(current, ref position);
            ordinal = document;
            return true;
        }
    }
}
