namespace JjjMatch.Bench.Speed.Measure;

/// <summary>Nearest-rank percentiles: the smallest value that at least p% of the sample is at or below.</summary>
public static class Percentiles
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="percent">In (0, 100].</param>
    public static double NearestRank(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
