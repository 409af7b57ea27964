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
    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* start;
    private readonly long length;
    private bool disposed;

    private IndexMapping(FileStream stream)
    {
        length = stream.Length;
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

    /// <summary>Maps the file <paramref name="stream"/> reads, even if another is renamed over it.</summary>
    public static IndexMapping Of(FileStream stream) => new(stream);

    /// <summary>The address of <paramref name="count"/> bytes at <paramref name="offset"/> in the file.</summary>
    public byte* At(long offset, long count)
    {
        if (offset < 0 || count < 0 || offset + count > length)
        {
            throw new InvalidDataException("An index file offset lies outside the file.");
        }

        return start + offset;
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
    }
}
