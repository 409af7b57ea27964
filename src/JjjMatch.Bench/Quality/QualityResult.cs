using System.Globalization;

namespace JjjMatch.Bench.Quality;

public sealed record QualityResult(
    RankingMetrics Metrics,
    int Queries,
    double IndexedDocumentsPerSecond,
    double MeanQueryMilliseconds,
    double P95QueryMilliseconds
)
{
    /// <summary>The summary line, always the benchmark's last line of output.</summary>
    public string SummaryLine =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"nDCG@10={Metrics.NdcgAt10:F4} MRR@10={Metrics.MrrAt10:F4} "
                + $"Recall@10={Metrics.RecallAt10:F4} Recall@50={Metrics.RecallAt50:F4} queries={Queries}"
        );
}
