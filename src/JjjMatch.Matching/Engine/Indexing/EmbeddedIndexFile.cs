using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Engine.Indexing;

/// <summary>The embedded index kept in one file (<see cref="IndexStore"/>), saved whole when it changed.</summary>
public sealed class EmbeddedIndexFile(
    EmbeddedIndex index,
    IndexStore store,
    long saveAboveBytes = EmbeddedIndexFile.SaveAboveBytes
) : IKeptIndex
{
    /// <summary>Postings and term lists on the heap past which a rebuild saves (and maps) what it has so far.</summary>
    public const long SaveAboveBytes = 256L << 20;

    private long savedAt = -1;

    public string Location => store.FilePath;

    public bool TryOpen()
    {
        if (!store.TryLoad(index))
        {
            return false;
        }

        // What was just opened is what the file holds: nothing to write back until something changes.
        Interlocked.Exchange(ref savedAt, index.Changes);
        return true;
    }

    public Dictionary<Guid, long> Revisions(ListingKind kind) => index.Revisions(kind);

    public bool SaveIfChanged()
    {
        var changes = index.Changes;
        if (changes == Interlocked.Read(ref savedAt))
        {
            return false;
        }

        store.Save(index);
        Interlocked.Exchange(ref savedAt, changes);
        return true;
    }

    public bool SaveIfLarge() => index.HeapListBytes() > saveAboveBytes && SaveIfChanged();
}
