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
    /// Replaces the whole index with one written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> or
    /// <see cref="EndOfStreamException"/>, and keeps the index as it was, when the file is not whole and unaltered.
    /// </summary>
    public void Load(Stream stream)
    {
        var loaded = IndexSnapshot.Read(stream);
        gate.EnterWriteLock();
        try
        {
            partitions = loaded;
        }
        finally
        {
            gate.ExitWriteLock();
        }
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

    public void Dispose() => gate.Dispose();

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
