using System.Diagnostics;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Lucene;

namespace JjjMatch.Bench.Speed.Matcher;

/// <summary>
/// The adapter of the index port the matcher phase runs on, with what the benchmark needs beyond the port: keeping
/// it on disk and opening it again, and the query terms it selects (what the baselines are sent).
/// </summary>
public sealed class MatcherIndex : IDisposable
{
    private readonly string luceneFolder;

    private MatcherIndex(IListingIndex port, string luceneFolder)
    {
        Port = port;
        this.luceneFolder = luceneFolder;
    }

    public IListingIndex Port { get; private set; }

    public static MatcherIndex Create(SearchProvider engine, string luceneFolder) =>
        engine == SearchProvider.Lucene
            ? new MatcherIndex(new LuceneListingIndex(luceneFolder), luceneFolder)
            : new MatcherIndex(new EmbeddedIndex(), luceneFolder);

    public IReadOnlyList<string> SelectQueryTerms(ListingKind kind, string text) =>
        Port switch
        {
            EmbeddedIndex embedded => [.. embedded.SelectQueryTerms(kind, text).Select(t => t.Term)],
            LuceneListingIndex lucene => [.. lucene.SelectQueryTerms(kind, text).Select(t => t.Term)],
            _ => throw new InvalidOperationException("Only the in-process adapters select query terms here."),
        };

    /// <summary>
    /// Keeps the index on disk and opens it again as a restarted service would (the embedded index: written to one
    /// file and read back; Lucene.Net: committed, closed and reopened, up to its first answer): the queries that follow
    /// run on the index that was opened.
    /// </summary>
    public IndexFileFigures SaveAndReopen(string embeddedFile) =>
        Port is LuceneListingIndex lucene ? Reopen(lucene) : SaveAndReopen((EmbeddedIndex)Port, embeddedFile);

    public void Dispose() => ((IDisposable)Port).Dispose();

    private IndexFileFigures Reopen(LuceneListingIndex lucene)
    {
        var started = Stopwatch.GetTimestamp();
        lucene.SaveIfChanged();
        var saved = Stopwatch.GetElapsedTime(started);
        var mib = lucene.DiskBytes / 1048576.0;
        lucene.Dispose();
        GC.Collect();
        started = Stopwatch.GetTimestamp();
        var reopened = new LuceneListingIndex(luceneFolder);
        reopened.TryOpen();
        reopened.Search(new ListingQuery("open", new ListingFilter(ListingKind.Achievement), 1));
        var opened = Stopwatch.GetElapsedTime(started);
        Port = reopened;
        return new IndexFileFigures(mib, saved, opened);
    }

    private static IndexFileFigures SaveAndReopen(EmbeddedIndex index, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            index.Save(stream);
            stream.Flush(flushToDisk: true);
        }

        var saved = Stopwatch.GetElapsedTime(started);
        GC.Collect();
        started = Stopwatch.GetTimestamp();
        index.Load(path);

        var opened = Stopwatch.GetElapsedTime(started);
        var mib = new FileInfo(path).Length / 1048576.0;
        File.Delete(path);
        GC.Collect();
        return new IndexFileFigures(mib, saved, opened);
    }
}
