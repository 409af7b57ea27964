using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Matching.Engine.Search;

/// <summary>
/// The in-process index: one inverted index per listing kind, BM25F ranking. Many readers search at once;
/// a writer waits for them and excludes them only while it applies already analysed documents.
/// </summary>
public sealed class EmbeddedIndex : IListingIndex, IIndexRevisions, IDisposable
{
    // Analysing in parallel pays off only when a batch is large enough to outweigh scheduling.
    private const int ParallelAnalysisThreshold = 64;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private IndexPartition[] partitions = [new(), new()];
    private IndexMapping? mapping;
    private long changes;

    public EmbeddedIndex(EmbeddedIndexOptions? options = null) => Options = options ?? EmbeddedIndexOptions.Matching;

    public EmbeddedIndexOptions Options { get; }

    public bool KeepsDocuments => false;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public int Count(ListingKind kind)
    {
        gate.EnterReadLock();
        try
        {
            return partitions[(int)kind].LiveCount;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public Task<int> CountAsync(ListingKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult(Count(kind));

    public Task UpsertAsync(
        IReadOnlyCollection<ListingDocument> documents,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(documents);
        var analyzed = Analyze(documents, cancellationToken);
        gate.EnterWriteLock();
        try
        {
            foreach (var kind in analyzed.GroupBy(d => d.Source.Kind))
            {
                partitions[(int)kind.Key].Upsert([.. kind]);
            }

            changes += analyzed.Length;
        }
        finally
        {
            gate.ExitWriteLock();
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(ListingKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        gate.EnterWriteLock();
        try
        {
            partitions[(int)kind].Remove(id);
            changes++;
        }
        finally
        {
            gate.ExitWriteLock();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ListingHit>> SearchAsync(
        ListingQuery query,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(Search(query));

    public IReadOnlyList<ListingHit> Search(ListingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        gate.EnterReadLock();
        try
        {
            return PartitionSearcher.Search(
                partitions[(int)query.Filter.Kind],
                query.Text,
                query.Filter,
                query.Top,
                Options.Analyzer,
                Options
            );
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>How many upserts and removals the index has applied: whether it changed since it was saved.</summary>
    public long Changes => Interlocked.Read(ref changes);

    /// <summary>
    /// Replaces the whole index with one written by <see cref="Save(Stream)"/>; throws
    /// <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>, and keeps the index as it was, when
    /// the stream is not whole and unaltered. Everything is read onto the heap; <see cref="Load(string)"/> maps.
    /// </summary>
    public void Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Replace(IndexSnapshot.Read(stream), opened: null);
    }

    /// <summary>
    /// As <see cref="Load(Stream)"/>, from the file at <paramref name="path"/>, which stays open and mapped: the
    /// postings and term lists are read in the mapping, only the rest onto the heap.
    /// </summary>
    public void Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (loaded, opened) = Open(path);
        Replace(loaded, opened);
    }

    /// <summary>
    /// Writes the whole index, as it is at one moment: writers wait until it is written, readers do not.
    /// </summary>
    public void Save(Stream stream)
    {
        gate.EnterReadLock();
        try
        {
            IndexSnapshot.Write(stream, partitions);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Replaces the file at <paramref name="path"/> with the whole index (written to a new file, flushed to the disk,
    /// renamed over the old one: a crash leaves one whole file or the other) and then opens the new file as
    /// <see cref="Load(string)"/> does, so what was added on the heap since the last opening moves into the mapping.
    /// Writers wait until all of it is done; readers wait only while the opened index takes the old one's place.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = path + ".new";
        gate.EnterUpgradeableReadLock();
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                IndexSnapshot.Write(file, partitions);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            var (loaded, opened) = Open(path);
            Replace(loaded, opened);
        }
        finally
        {
            gate.ExitUpgradeableReadLock();
        }
    }

    private static (IndexPartition[] Loaded, IndexMapping Opened) Open(string path)
    {
        var opened = IndexMapping.Open(path);
        try
        {
            return (IndexSnapshot.Read(opened.Stream, opened), opened);
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>Puts opened partitions in place; the mapping they replace is released once no reader is left.</summary>
    private void Replace(IndexPartition[] loaded, IndexMapping? opened)
    {
        IndexMapping? previous;
        gate.EnterWriteLock();
        try
        {
            previous = mapping;
            (partitions, mapping) = (loaded, opened);
        }
        finally
        {
            gate.ExitWriteLock();
        }

        previous?.Dispose();
    }

    /// <summary>The bytes of postings and term lists on the heap: what a save moves into the mapped file.</summary>
    public long HeapListBytes()
    {
        gate.EnterReadLock();
        try
        {
            return partitions.Sum(p => p.HeapListBytes());
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Each document of the kind the index holds, with the revision it was indexed at.</summary>
    public Dictionary<Guid, long> Revisions(ListingKind kind)
    {
        gate.EnterReadLock();
        try
        {
            return partitions[(int)kind].Revisions();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// The terms a search for <paramref name="text"/> would retrieve with (at most the query term limit) and their
    /// weights in the query: what the speed benchmark sends the other engines, so that all rank the same terms.
    /// </summary>
    public IReadOnlyList<(string Term, double Weight)> SelectQueryTerms(ListingKind kind, string text)
    {
        gate.EnterReadLock();
        try
        {
            var (terms, _) = QueryTermSelector.Select(text, partitions[(int)kind], Options.Analyzer, Options);
            return [.. terms.Select(t => (t.Text, t.Weight))];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        mapping?.Dispose();
    }

    private AnalyzedDocument[] Analyze(
        IReadOnlyCollection<ListingDocument> documents,
        CancellationToken cancellationToken
    )
    {
        var source = documents as IReadOnlyList<ListingDocument> ?? [.. documents];
        var analyzed = new AnalyzedDocument[source.Count];
        if (source.Count < ParallelAnalysisThreshold)
        {
            for (var i = 0; i < source.Count; i++)
            {
                analyzed[i] = AnalyzedDocument.Analyze(source[i], Options.Analyzer);
            }
        }
        else
        {
            Parallel.For(0, source.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                analyzed[i] = AnalyzedDocument.Analyze(source[i], Options.Analyzer)
            );
        }

        return analyzed;
    }
}
