using System.Globalization;
using JjjMatch.Bench.Quality;
using JjjMatch.Bench.Speed.Baselines.Lucene;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// The baselines' ranking quality on a labelled set, computed as <c>quality</c> computes the matcher's, so
/// that "faster at equal or better quality" can be checked: each query's top 50 by the engine, title and text as
/// one field, the matcher's analysis and its selected query terms.
/// </summary>
public static class BaselineQuality
{
    private const int Depth = 50;

    public static async Task RunAsync(
        string datasetDirectory,
        string? postgres,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        var dataset = await BeirDataset.LoadAsync(datasetDirectory, cancellationToken);
        var documents = dataset.Corpus.Select(d => $"{d.Title}\n{d.Text}").ToList();
        using var matcher = new EmbeddedIndex();
        await matcher.UpsertAsync(
            [
                .. dataset.Corpus.Select(d => new ListingDocument(
                    Guid.NewGuid(),
                    ListingKind.Achievement,
                    d.Title,
                    d.Text,
                    [],
                    true,
                    ListingDocument.NoAttributes
                )),
            ],
            cancellationToken
        );
        var folder = Directory.CreateTempSubdirectory("jjjmatch-baseline-quality-");
        try
        {
            var engines = new List<Func<IBaselineIndex>>
            {
                () => new Fts5Index(Path.Combine(folder.FullName, "quality.db")),
                () => new LuceneIndex(Path.Combine(folder.FullName, "lucene")),
            };
            if (postgres is not null)
            {
                engines.Add(() => new PostgresIndex(postgres));
            }

            foreach (var create in engines)
            {
                await using var index = create();
                await index.BuildAsync(documents, cancellationToken);
                var perQuery = new List<RankingMetrics>();
                foreach (var query in dataset.Queries)
                {
                    if (!dataset.Judgments.TryGetValue(query.Id, out var judgments))
                    {
                        continue;
                    }

                    var ranking = await index.SearchAsync(
                        [.. matcher.SelectQueryTerms(ListingKind.Achievement, query.Text).Select(t => t.Term)],
                        Depth,
                        cancellationToken
                    );
                    perQuery.Add(RankingMetrics.Of([.. ranking.Select(i => dataset.Corpus[i].Id)], judgments));
                }

                var mean = RankingMetrics.Mean(perQuery);
                await output.WriteLineAsync(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"dataset={Path.GetFileName(Path.TrimEndingDirectorySeparator(datasetDirectory))} "
                            + $"engine=\"{index.Name}\" queries={perQuery.Count} nDCG@10={mean.NdcgAt10:F4} "
                            + $"MRR@10={mean.MrrAt10:F4} Recall@10={mean.RecallAt10:F4} Recall@50={mean.RecallAt50:F4}"
                    )
                );
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
