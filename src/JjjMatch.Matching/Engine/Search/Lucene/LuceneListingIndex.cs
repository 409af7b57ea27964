using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search.Embedded;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// The index port on Lucene.Net 4.8: one index per listing kind, in a folder through <see cref="MMapDirectory"/>
/// (or in memory without one), ranked by the embedded index's BM25F over Lucene.Net's postings
/// (<see cref="LuceneSearcher"/>). The postings live in compressed files the operating system maps, not on the heap.
/// Durable at each commit (<see cref="SaveIfChanged"/>): after a crash the index opens as of the last commit and is
/// caught up from the database by revision; a folder that does not open is set aside and rebuilt.
/// </summary>
public sealed class LuceneListingIndex : IListingIndex, IKeptIndex, IDisposable
{
    // Analysing on other threads pays off only when a batch is large enough to outweigh scheduling.
    private const int ParallelAnalysisThreshold = 64;
    private const int AnalysisSlice = 64;

    private readonly string? folder;
    private readonly ILogger logger;
    private readonly Lazy<(LucenePartition[] Partitions, bool Opened)> open;
    private long changes;
    private long savedAt;

    /// <param name="folder">Where the index is kept; null keeps it in memory, rebuilt at every start.</param>
    public LuceneListingIndex(string? folder = null, EmbeddedIndexOptions? options = null, ILogger? logger = null)
    {
        this.folder = folder;
        this.logger = logger ?? NullLogger.Instance;
        Options = options ?? EmbeddedIndexOptions.Matching;
        open = new Lazy<(LucenePartition[], bool)>(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public EmbeddedIndexOptions Options { get; }

    /// <summary>False: the loader brings it up to date with the database, by revision when it was kept.</summary>
    public bool KeepsDocuments => false;

    public string Location => folder ?? "(memory)";

    private LucenePartition[] Partitions => open.Value.Partitions;

    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        _ = Partitions;
        return Task.CompletedTask;
    }

    public bool TryOpen() => open.Value.Opened;

    public bool SaveIfChanged()
    {
        var current = Interlocked.Read(ref changes);
        if (current == Interlocked.Read(ref savedAt))
        {
            return false;
        }

        foreach (var partition in Partitions)
        {
            partition.Commit();
        }

        Interlocked.Exchange(ref savedAt, current);
        return true;
    }

    public async Task UpsertAsync(
        IReadOnlyCollection<ListingDocument> documents,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(documents);
        var source = documents as IReadOnlyList<ListingDocument> ?? [.. documents];
        // Analysis of the next slices runs on other threads while the writer inverts this one, in order.
        var slices = source
            .Chunk(AnalysisSlice)
            .Select(slice =>
                source.Count < ParallelAnalysisThreshold
                    ? Task.FromResult(Analyze(slice))
                    : Task.Run(() => Analyze(slice), cancellationToken)
            )
            .ToList();
        foreach (var slice in slices)
        {
            var analyzed = await slice;
            foreach (var kind in Enum.GetValues<ListingKind>())
            {
                var ofKind = analyzed.Where(a => a.Source.Kind == kind).ToList();
                if (ofKind.Count == 0)
                {
                    continue;
                }

                Partitions[(int)kind]
                    .Write(writer =>
                    {
                        foreach (var (listing, document) in ofKind)
                        {
                            writer.UpdateDocument(
                                new Term(LuceneFields.Key, LuceneDocuments.KeyOf(listing.Id)),
                                document
                            );
                        }
                    });
            }
        }

        Interlocked.Add(ref changes, source.Count);
    }

    private (ListingDocument Source, global::Lucene.Net.Documents.Document Document)[] Analyze(
        ListingDocument[] slice
    ) => Array.ConvertAll(slice, listing => (listing, LuceneDocuments.Of(listing, Options.Analyzer)));

    public Task RemoveAsync(ListingKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        Partitions[(int)kind]
            .Write(writer => writer.DeleteDocuments(new Term(LuceneFields.Key, LuceneDocuments.KeyOf(id))));
        Interlocked.Increment(ref changes);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ListingHit>> SearchAsync(
        ListingQuery query,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(Search(query));

    public IReadOnlyList<ListingHit> Search(ListingQuery query) => Search(query, work: null);

    /// <summary>
    /// As <see cref="Search(ListingQuery)"/>, counting what the search read into <paramref name="work"/>;
    /// <paramref name="exhaustive"/> scores every posting instead of pruning (the reference the tests and the
    /// benchmark compare the pruned search with: both give the same hits).
    /// </summary>
    public IReadOnlyList<ListingHit> Search(ListingQuery query, LuceneSearchWork? work, bool exhaustive = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Partitions[(int)query.Filter.Kind]
            .Read(reader =>
                LuceneSearcher.Search(
                    reader,
                    query.Text,
                    query.Filter,
                    query.Top,
                    Options.Analyzer,
                    Options,
                    exhaustive,
                    work
                )
            );
    }

    /// <summary>
    /// The terms a search for <paramref name="text"/> would retrieve with, and their weights in the query (as
    /// <see cref="EmbeddedIndex.SelectQueryTerms"/>).
    /// </summary>
    public IReadOnlyList<(string Term, double Weight)> SelectQueryTerms(ListingKind kind, string text) =>
        Partitions[(int)kind]
            .Read(reader =>
            {
                var statistics = new LuceneTermStatistics(reader, reader.NumDocs);
                var (terms, _) = QueryTermSelector.Select(text, statistics, Options.Analyzer, Options);
                return (IReadOnlyList<(string, double)>)[.. terms.Select(t => (t.Text, t.Weight))];
            });

    public int Count(ListingKind kind) => Partitions[(int)kind].Read(reader => reader.NumDocs);

    public Task<int> CountAsync(ListingKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult(Count(kind));

    public Dictionary<Guid, long> Revisions(ListingKind kind) =>
        Partitions[(int)kind]
            .Read(reader =>
            {
                var result = new Dictionary<Guid, long>(reader.NumDocs);
                var id = new BytesRef();
                foreach (var leaf in reader.Leaves)
                {
                    var segment = leaf.AtomicReader;
                    var ids = segment.GetBinaryDocValues(LuceneFields.Id);
                    var revisions = segment.GetNumericDocValues(LuceneFields.Revision);
                    var live = segment.LiveDocs;
                    for (var doc = 0; doc < segment.MaxDoc; doc++)
                    {
                        if (live is null || live.Get(doc))
                        {
                            ids.Get(doc, id);
                            result[new Guid(id.Bytes.AsSpan(id.Offset, id.Length))] = revisions.Get(doc);
                        }
                    }
                }

                return result;
            });

    /// <summary>Bytes the index takes in its folder (0 in memory).</summary>
    public long DiskBytes =>
        folder is not null && System.IO.Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;

    public void Dispose()
    {
        if (open.IsValueCreated)
        {
            foreach (var partition in open.Value.Partitions)
            {
                partition.Dispose();
            }
        }
    }

    private (LucenePartition[] Partitions, bool Opened) Open()
    {
        var partitions = Enum.GetValues<ListingKind>().Select(OpenPartition).ToArray();
        return (partitions, partitions.Any(p => p.HadCommit));
    }

    private LucenePartition OpenPartition(ListingKind kind)
    {
        if (folder is null)
        {
            return new LucenePartition(new RAMDirectory());
        }

        var path = Path.Combine(folder, kind.ToString().ToLowerInvariant());
        try
        {
            return new LucenePartition(new MMapDirectory(new DirectoryInfo(path)));
        }
        catch (Exception exception)
            when (exception
                    is CorruptIndexException
                        or IndexFormatTooOldException
                        or IndexFormatTooNewException
                        or IOException
            )
        {
            var aside = path + ".bad";
            logger.LogWarning(
                "The Lucene.Net index at {Path} does not open ({Problem}); it is kept as {Aside} and rebuilt from "
                    + "the database",
                path,
                exception.Message,
                aside
            );
            if (System.IO.Directory.Exists(aside))
            {
                System.IO.Directory.Delete(aside, recursive: true);
            }

            System.IO.Directory.Move(path, aside);
            return new LucenePartition(new MMapDirectory(new DirectoryInfo(path)));
        }
    }
}
