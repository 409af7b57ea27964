namespace JjjMatch.Bench.Speed.Measure;

/// <summary>A latency sample in milliseconds, summarised: count, mean, p50, p95, p99 and max.</summary>
public sealed record LatencyStats(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public static LatencyStats Of(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? Empty
            : new LatencyStats(
                sorted.Length,
                sorted.Average(),
                Percentiles.NearestRank(sorted, 50),
                Percentiles.NearestRank(sorted, 95),
                Percentiles.NearestRank(sorted, 99),
                sorted[^1]
            );
    }
}
