using System.Globalization;

namespace JjjMatch.Bench.Quality;

/// <summary>
/// Real markets hold the same listing more than once. A set built by cutting a query out of one copy judges only that
/// copy, so an unjudged copy that still holds the query's own text ranks above it and counts as a miss. This measures
/// what those copies cost: how many queries rank a same-title copy above every judged document, and the figures with
/// such copies left out of the ranking. A diagnostic only; the summary line is unchanged by it.
/// </summary>
public sealed record TitleCopyReport(int QueriesOutrankedByCopy, int Queries, RankingMetrics WithoutCopies)
{
    public static TitleCopyReport Of(
        BeirDataset dataset,
        IReadOnlyList<(string QueryId, IReadOnlyList<string> Ranking)> rankings
    )
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rankings);
        var titles = dataset.Corpus.ToDictionary(d => d.Id, d => d.Title.Trim(), StringComparer.Ordinal);
        var outranked = 0;
        var withoutCopies = new List<RankingMetrics>(rankings.Count);
        foreach (var (queryId, ranking) in rankings)
        {
            var judgments = dataset.Judgments[queryId];
            var judgedTitles = judgments
                .Keys.Select(id => titles.GetValueOrDefault(id, ""))
                .Where(t => t.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
            bool IsCopy(string id) =>
                !judgments.ContainsKey(id) && judgedTitles.Contains(titles.GetValueOrDefault(id, ""));

            var firstJudged = ranking.ToList().FindIndex(judgments.ContainsKey);
            if (ranking.Take(firstJudged < 0 ? ranking.Count : firstJudged).Any(IsCopy))
            {
                outranked++;
            }

            withoutCopies.Add(RankingMetrics.Of([.. ranking.Where(id => !IsCopy(id))], judgments));
        }

        return new TitleCopyReport(outranked, rankings.Count, RankingMetrics.Mean(withoutCopies));
    }

    public string Line =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"same-title copies: {QueriesOutrankedByCopy} of {Queries} queries rank an unjudged copy of "
                + $"the judged document above it; with copies left out of the ranking "
                + $"nDCG@10={WithoutCopies.NdcgAt10:F4} MRR@10={WithoutCopies.MrrAt10:F4} "
                + $"Recall@10={WithoutCopies.RecallAt10:F4}"
        );
}
