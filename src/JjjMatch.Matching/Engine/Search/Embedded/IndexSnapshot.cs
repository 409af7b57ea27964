using System.Text;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// The embedded index as one file: a header (magic, format version), both partitions, and a SHA-256 of all that
/// before it. Reading checks the header and the hash before the index is used, so a cut, torn or altered file is
/// refused as a whole (<see cref="InvalidDataException"/>), never half-read. Writing it safely (a new file, flushed,
/// then renamed over the old one) is <c>IndexStore</c>'s job.
/// </summary>
internal static class IndexSnapshot
{
    /// <summary>Raise when the file layout or the analysis changes: an older file is rebuilt, not misread.</summary>
    public const int FormatVersion = 2;

    private static readonly byte[] Magic = "JJJMIDX\n"u8.ToArray();

    private const int BufferSize = 1 << 20;
    private const int HashSize = 32;

    public static void Write(Stream stream, IReadOnlyList<IndexPartition> partitions)
    {
        // The buffer is flushed, not disposed: disposing it would dispose the hash before it is read.
        using var hashing = new HashingStream(stream);
        var buffered = new BufferedStream(hashing, BufferSize);
        using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(partitions.Count);
            foreach (var partition in partitions)
            {
                partition.WriteTo(writer);
            }
        }

        buffered.Flush();
        stream.Write(hashing.Hash());
    }

    /// <param name="stream">A seekable stream positioned at the start of the file.</param>
    /// <param name="mapping">The same file mapped: the partitions read their postings and term lists there.</param>
    public static IndexPartition[] Read(Stream stream, IndexMapping? mapping = null)
    {
        var start = stream.Position;
        var contentLength = stream.Length - start - HashSize;
        if (contentLength < Magic.Length)
        {
            throw new InvalidDataException("The index file is cut short.");
        }

        using var hashing = new HashingStream(stream, contentLength);
        IndexPartition[] partitions;
        var buffered = new BufferedStream(hashing, BufferSize);
        var counted = new CountingStream(buffered, start);
        var mapped = mapping is null ? null : new MappedReading(mapping, counted);
        using (var reader = new BinaryReader(counted, Encoding.UTF8, leaveOpen: true))
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not an index file of this matcher.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Index file format {version}, this matcher reads {FormatVersion}.");
            }

            partitions = new IndexPartition[reader.ReadInt32()];
            if (partitions.Length != Enum.GetValues<ListingKind>().Length)
            {
                throw new InvalidDataException($"The index file holds {partitions.Length} partitions.");
            }

            for (var i = 0; i < partitions.Length; i++)
            {
                partitions[i] = IndexPartition.ReadFrom(reader, mapped);
            }

            if (buffered.ReadByte() != -1)
            {
                throw new InvalidDataException("The index file has bytes past its last partition.");
            }
        }

        var expected = hashing.Hash();
        var stored = new byte[HashSize];
        stream.ReadExactly(stored);
        if (!stored.AsSpan().SequenceEqual(expected))
        {
            throw new InvalidDataException("The index file's checksum does not match its contents.");
        }

        return partitions;
    }
}
