using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// The Lucene.Net index of one listing kind: one writer, and searchers reopened near-real-time at the first read after
/// a write (so a bulk load is not cut into a segment per batch, and a search never misses a finished write).
/// Writes are serialised so documents keep the order they were written in (the merge policy keeps that order
/// through merges): equal scores then break ties as in the embedded index, by the earlier document.
/// </summary>
internal sealed class LucenePartition : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly Lock writing = new();
    private volatile bool written;

    public LucenePartition(LuceneDirectory directory)
    {
        this.directory = directory;
        HadCommit = DirectoryReader.IndexExists(directory);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new MatcherTermsAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            MergePolicy = new LogByteSizeMergePolicy(),
            // Merging on the writing thread: merge threads of their own stall the writer when a busy machine starves
            // them, and a merge then costs the wall-clock time of a whole bulk load.
            MergeScheduler = new SerialMergeScheduler(),
            RAMBufferSizeMB = 128,
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch
        {
            directory.Dispose();
            throw;
        }

        if (!HadCommit)
        {
            // An index that opens, even when the first load is cut short.
            writer.Commit();
        }

        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Whether the folder held a committed index when this opened it.</summary>
    public bool HadCommit { get; }

    public void Write(Action<IndexWriter> change)
    {
        lock (writing)
        {
            change(writer);
            written = true;
        }
    }

    public T Read<T>(Func<IndexReader, T> read)
    {
        if (written)
        {
            lock (writing)
            {
                if (written)
                {
                    searchers.MaybeRefreshBlocking();
                    written = false;
                }
            }
        }

        var searcher = searchers.Acquire();
        try
        {
            return read(searcher.IndexReader);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Makes every write so far durable: after a crash the index opens as of the last commit.</summary>
    public void Commit()
    {
        lock (writing)
        {
            writer.Commit();
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }
}
