namespace JjjMatch.Bench.Quality;

/// <summary>One query's figures, computed as the reference script does.</summary>
public sealed record RankingMetrics(double NdcgAt10, double MrrAt10, double RecallAt10, double RecallAt50)
{
    /// <summary>
    /// nDCG@10 with gain 2^rel - 1 and discount log2(rank + 1), the ideal built from all judged documents;
    /// MRR@10 from the first document judged at all (any grade); Recall@k over the judged documents.
    /// </summary>
    public static RankingMetrics Of(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, double> judgments)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(judgments);
        var top10 = ranking.Take(10).ToList();
        var dcg = top10.Select((id, k) => Gain(judgments.GetValueOrDefault(id)) / Math.Log2(k + 2)).Sum();
        var ideal = judgments
            .Values.OrderByDescending(g => g)
            .Take(10)
            .Select((g, k) => Gain(g) / Math.Log2(k + 2))
            .Sum();
        var firstRelevant = top10.FindIndex(judgments.ContainsKey);
        return new RankingMetrics(
            ideal > 0 ? dcg / ideal : 0,
            firstRelevant < 0 ? 0 : 1.0 / (firstRelevant + 1),
            Recall(top10, judgments),
            Recall(ranking.Take(50), judgments)
        );
    }

    public static RankingMetrics Mean(IReadOnlyCollection<RankingMetrics> perQuery)
    {
        ArgumentNullException.ThrowIfNull(perQuery);
        return perQuery.Count == 0
            ? new RankingMetrics(0, 0, 0, 0)
            : new RankingMetrics(
                perQuery.Average(m => m.NdcgAt10),
                perQuery.Average(m => m.MrrAt10),
                perQuery.Average(m => m.RecallAt10),
                perQuery.Average(m => m.RecallAt50)
            );
    }

    private static double Gain(double relevance) => Math.Pow(2, relevance) - 1;

    private static double Recall(IEnumerable<string> ranked, IReadOnlyDictionary<string, double> judgments) =>
        judgments.Count == 0 ? 0 : (double)ranked.Count(judgments.ContainsKey) / judgments.Count;
}
