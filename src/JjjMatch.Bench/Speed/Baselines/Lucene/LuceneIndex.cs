using System.Diagnostics;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Matching.Engine.Search.Lucene;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace JjjMatch.Bench.Speed.Baselines.Lucene;

/// <summary>
/// Lucene.Net 4.8 as a .NET engineer would set it up for this job: the matcher's terms through a custom analyzer
/// (<see cref="MatcherTermsAnalyzer"/>), one text field without positions (a bag-of-terms ranking needs none),
/// <see cref="BM25Similarity"/> (k1 1.2, b 0.75), the index on disk through <see cref="MMapDirectory"/>, merged to one
/// segment, and a more-like-this style query: the selected terms as SHOULD clauses of one BooleanQuery.
/// The key of a document is stored as a numeric doc value, read once into an array after opening.
/// </summary>
public sealed class LuceneIndex(string folder) : IBaselineIndex, IBaselineFootprint
{
    private const string Body = "body";
    private const string Key = "key";
    private static readonly BM25Similarity Similarity = new(1.2f, 0.75f);

    private LuceneDirectory? directory;
    private DirectoryReader? reader;
    private IndexSearcher? searcher;
    private int[] keys = [];

    public string Name => "Lucene.Net BM25";

    public TimeSpan? OpenTime { get; private set; }

    public long? DiskBytes =>
        System.IO.Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) : null;

    public long? ResidentBytes => MappedMemory.ResidentBytesUnder(folder);

    public Task BuildAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        directory = new MMapDirectory(new DirectoryInfo(folder));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new MatcherTermsAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
            RAMBufferSizeMB = 256,
        };
        var bodyType = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
            OmitNorms = false,
        };
        bodyType.Freeze();
        using (var writer = new IndexWriter(directory, config))
        {
            var body = new Field(Body, "", bodyType);
            var key = new NumericDocValuesField(Key, 0);
            var document = new Document { body, key };
            for (var i = 0; i < documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body.SetStringValue(documents[i]);
                key.SetInt64Value(i);
                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        Open();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<int>> SearchAsync(
        IReadOnlyList<string> terms,
        int top,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || searcher is null)
        {
            return Task.FromResult<IReadOnlyList<int>>([]);
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(Body, term)), Occur.SHOULD);
        }

        var hits = searcher.Search(query, top).ScoreDocs;
        return Task.FromResult<IReadOnlyList<int>>([.. hits.Select(h => keys[h.Doc])]);
    }

    public ValueTask DisposeAsync()
    {
        reader?.Dispose();
        directory?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>What a service would do at start: open the committed index and make it searchable.</summary>
    private void Open()
    {
        var started = Stopwatch.GetTimestamp();
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = Similarity };
        keys = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(Key);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                keys[leaf.DocBase + doc] = (int)values.Get(doc);
            }
        }

        OpenTime = Stopwatch.GetElapsedTime(started);
    }
}
