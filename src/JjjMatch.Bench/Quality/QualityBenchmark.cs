using System.Diagnostics;
using System.Globalization;
using JjjMatch.Bench.Reference;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Embedded;
using JjjMatch.Matching.Engine.Search.Lucene;

namespace JjjMatch.Bench.Quality;

/// <summary>
/// Ranks a BEIR set's queries (as demands) against its corpus (as achievements) and reports nDCG@10, MRR@10,
/// Recall@10 and Recall@50 as the reference script computes them. The summary line is always the last line written.
/// </summary>
public static class QualityBenchmark
{
    private const int RankingDepth = 50;

    public static async Task<QualityResult> RunAsync(
        string datasetDirectory,
        TextWriter output,
        QualityOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new QualityOptions();
        var dataset = await BeirDataset.LoadAsync(datasetDirectory, cancellationToken);
        var corpusIds = new Dictionary<Guid, string>(dataset.Corpus.Count);
        var documents = dataset
            .Corpus.Select(
                (document, ordinal) =>
                {
                    var id = IdFor(ordinal);
                    corpusIds[id] = document.Id;
                    return ToListingDocument(id, document, options.Method);
                }
            )
            .ToList();

        var folder =
            options.Engine == SearchProvider.Lucene ? Directory.CreateTempSubdirectory("jjjmatch-quality-") : null;
        var index = CreateIndex(options, folder);
        try
        {
            return await RunAsync(
                datasetDirectory,
                dataset,
                documents,
                corpusIds,
                index,
                output,
                options,
                cancellationToken
            );
        }
        finally
        {
            ((IDisposable)index).Dispose();
            folder?.Delete(recursive: true);
        }
    }

    private static async Task<QualityResult> RunAsync(
        string datasetDirectory,
        BeirDataset dataset,
        List<ListingDocument> documents,
        Dictionary<Guid, string> corpusIds,
        IListingIndex index,
        TextWriter output,
        QualityOptions options,
        CancellationToken cancellationToken
    )
    {
        var indexing = Stopwatch.StartNew();
        await index.UpsertAsync(documents, cancellationToken);
        indexing.Stop();

        var rank = RankerFor(options.Method, index, documents);
        var rankings = new List<(string QueryId, IReadOnlyList<string> Ranking)>();
        var latencies = new List<double>();
        foreach (var query in dataset.Queries)
        {
            if (!dataset.Judgments.ContainsKey(query.Id))
            {
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            var ranking = await rank(query.Text, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            rankings.Add((query.Id, [.. ranking.Select(id => corpusIds[id])]));
        }

        latencies.Sort();
        var result = new QualityResult(
            RankingMetrics.Mean([.. rankings.Select(r => RankingMetrics.Of(r.Ranking, dataset.Judgments[r.QueryId]))]),
            rankings.Count,
            documents.Count / Math.Max(indexing.Elapsed.TotalSeconds, 1e-9),
            latencies.Count == 0 ? 0 : latencies.Average(),
            latencies.Count == 0 ? 0 : latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1]
        );
        await output.WriteLineAsync(
            string.Create(
                CultureInfo.InvariantCulture,
                $"dataset={Path.GetFileName(Path.TrimEndingDirectorySeparator(datasetDirectory))} "
                    + $"method={options.Method} index={options.Engine} documents={documents.Count} "
                    + $"index={result.IndexedDocumentsPerSecond:F0} docs/s query "
                    + $"mean={result.MeanQueryMilliseconds:F2} ms p95={result.P95QueryMilliseconds:F2} ms"
            )
        );
        await output.WriteLineAsync(result.SummaryLine);
        return result;
    }

    private static IListingIndex CreateIndex(QualityOptions options, DirectoryInfo? folder) =>
        options.Engine switch
        {
            SearchProvider.Embedded => new EmbeddedIndex(IndexOptionsFor(options)),
            SearchProvider.Lucene => new LuceneListingIndex(folder!.FullName, IndexOptionsFor(options)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Engine, "Embedded or Lucene only."),
        };

    private static EmbeddedIndexOptions IndexOptionsFor(QualityOptions options) =>
        options.Method == QualityMethod.Bm25Reference
            ? ReferenceIndexOptions.Bm25
            : options.IndexOptions ?? EmbeddedIndexOptions.Matching;

    // The reference script indexes "title text" as one field.
    private static ListingDocument ToListingDocument(Guid id, BeirDocument document, QualityMethod method) =>
        method == QualityMethod.Bm25Reference
            ? new ListingDocument(
                id,
                ListingKind.Achievement,
                "",
                $"{document.Title} {document.Text}",
                [],
                true,
                ListingDocument.NoAttributes
            )
            : new AchievementProfile(id, true, document.Title, document.Text, []).ToListingDocument();

    private static Func<string, CancellationToken, Task<IEnumerable<Guid>>> RankerFor(
        QualityMethod method,
        IListingIndex index,
        IReadOnlyList<ListingDocument> documents
    )
    {
        if (method == QualityMethod.Bm25Reference)
        {
            return async (text, ct) =>
                (
                    await index.SearchAsync(
                        new ListingQuery(text, new ListingFilter(ListingKind.Achievement), RankingDepth),
                        ct
                    )
                ).Select(h => h.Id);
        }

        // Every structured field is unknown, so only the text decides, through the same path production uses.
        var profiles = new InMemoryMatchProfiles();
        foreach (var document in documents)
        {
            profiles.Put(new AchievementProfile(document.Id, true, document.Title, document.Text, document.Keywords));
        }

        var finder = new MatchFinder(
            index,
            profiles,
            new MatchScorer(new MatchingOptions { CandidatePoolSize = RankingDepth }),
            TimeProvider.System
        );
        return async (text, ct) =>
            (
                await finder.FindAchievementsForAsync(
                    new DemandProfile(Guid.NewGuid(), true, "", text),
                    RankingDepth,
                    ct
                )
            ).Select(m => m.AchievementId);
    }

    private static Guid IdFor(int ordinal)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, ordinal);
        return new Guid(bytes);
    }
}
