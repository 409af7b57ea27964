using System.IO.MemoryMappedFiles;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// An index file mapped into memory, read-only, for the postings and term lists an opened index reads in place rather
/// than copies onto the heap: the operating system pages them in when a search reads them and may drop them again,
/// as it does Lucene's files. Index files are never written in place (a save writes a new file and renames it over
/// the old one), so what was checked when the file was opened stays what is mapped until the mapping is disposed.
/// </summary>
internal sealed unsafe class IndexMapping : IDisposable
{
    private readonly FileStream stream;
    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* start;
    private readonly byte[] copyBuffer = new byte[1 << 16];
    private bool disposed;

    private IndexMapping(FileStream stream)
    {
        this.stream = stream;
        file = MemoryMappedFile.CreateFromFile(
            stream,
            mapName: null,
            capacity: 0,
            MemoryMappedFileAccess.Read,
            HandleInheritability.None,
            leaveOpen: true
        );
        view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        start = pointer + view.PointerOffset;
    }

    /// <summary>The file, open for reading from its start: to check it before the mapping is read.</summary>
    public Stream Stream => stream;

    /// <summary>Opens and maps the file; it stays open, so a file renamed over it later changes nothing here.</summary>
    public static IndexMapping Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return new IndexMapping(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The address of <paramref name="count"/> bytes at <paramref name="offset"/> in the file.</summary>
    public byte* At(long offset, long count)
    {
        if (offset < 0 || count < 0 || offset + count > stream.Length)
        {
            throw new InvalidDataException("An index file offset lies outside the file.");
        }

        return start + offset;
    }

    public long OffsetOf(byte* address) => address - start;

    /// <summary>
    /// Copies bytes of the file to <paramref name="writer"/> by reading the file, not the mapping: a save then does
    /// not bring every mapped page into the process (saves are one at a time, so one buffer serves).
    /// </summary>
    public void CopyTo(BinaryWriter writer, long offset, int count)
    {
        while (count > 0)
        {
            var read = RandomAccess.Read(stream.SafeFileHandle, copyBuffer.AsSpan(0, Math.Min(count, 1 << 16)), offset);
            if (read == 0)
            {
                throw new EndOfStreamException("The mapped index file is shorter than when it was opened.");
            }

            writer.Write(copyBuffer.AsSpan(0, read));
            offset += read;
            count -= read;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        view.SafeMemoryMappedViewHandle.ReleasePointer();
        view.Dispose();
        file.Dispose();
        stream.Dispose();
    }
}
