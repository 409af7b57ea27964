using JjjMatch.Bench.Speed.Measure;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void Nearest_rank_of_one_to_a_hundred_is_the_percentile_itself(double percent, double expected) =>
        Percentiles.NearestRank(OneToHundred, percent).ShouldBe(expected);

    [Fact]
    public void Nearest_rank_takes_the_smallest_value_that_enough_of_the_sample_is_at_or_below()
    {
        double[] sorted = [10, 20, 30, 40];

        Percentiles.NearestRank(sorted, 50).ShouldBe(20);
        Percentiles.NearestRank(sorted, 51).ShouldBe(30);
        Percentiles.NearestRank(sorted, 95).ShouldBe(40);
    }

    [Fact]
    public void One_value_is_every_percentile_and_no_value_is_none()
    {
        Percentiles.NearestRank([7.5], 1).ShouldBe(7.5);
        Percentiles.NearestRank([7.5], 99).ShouldBe(7.5);
        double.IsNaN(Percentiles.NearestRank([], 95)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void A_percent_outside_zero_to_a_hundred_is_refused(double percent) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Percentiles.NearestRank(OneToHundred, percent));

    [Fact]
    public void Latency_stats_sort_their_sample_first()
    {
        var stats = LatencyStats.Of([5, 1, 4, 2, 3]);

        stats.Count.ShouldBe(5);
        stats.Mean.ShouldBe(3);
        stats.P50.ShouldBe(3);
        stats.P95.ShouldBe(5);
        stats.P99.ShouldBe(5);
        stats.Max.ShouldBe(5);
    }

    [Fact]
    public void Latency_stats_of_nothing_are_empty_not_zero()
    {
        var stats = LatencyStats.Of([]);

        stats.Count.ShouldBe(0);
        double.IsNaN(stats.P95).ShouldBeTrue();
    }
}
