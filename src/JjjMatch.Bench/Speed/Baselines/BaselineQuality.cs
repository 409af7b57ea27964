using System.Globalization;
using JjjMatch.Bench.Quality;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// The baselines' ranking quality on a labelled set, computed as <c>quality</c> computes the matcher's, so
/// that "faster at equal or better quality" can be checked: each query's top 50 by the engine, title and text as
/// one field, the reference analysis.
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
        var documents = dataset.Corpus.Select(d => BaselineText.Tokens($"{d.Title} {d.Text}")).ToList();
        var folder = Directory.CreateTempSubdirectory("jjjmatch-baseline-quality-");
        try
        {
            var engines = new List<Func<IBaselineIndex>>
            {
                () => new Fts5Index(Path.Combine(folder.FullName, "quality.db")),
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
                        BaselineText.QueryTerms(query.Text),
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
