using JjjMatch.Bench.Quality;

namespace JjjMatch.Bench.Tests.Quality;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Graded_ranking_matches_the_hand_computed_figures()
    {
        var judgments = new Dictionary<string, double>
        {
            ["d1"] = 2,
            ["d2"] = 1,
            ["d3"] = 0,
        };

        var metrics = RankingMetrics.Of(["x", "d2", "d1", "d3"], judgments);

        // DCG = 1/log2(3) + 3/log2(4) = 2.130930; ideal = 3/log2(2) + 1/log2(3) = 3.630930.
        metrics.NdcgAt10.ShouldBe(2.130930 / 3.630930, 1e-6);
        metrics.MrrAt10.ShouldBe(0.5);
        metrics.RecallAt10.ShouldBe(1.0);
        metrics.RecallAt50.ShouldBe(1.0);
    }

    [Fact]
    public void Documents_below_the_cut_count_only_for_the_deeper_recall()
    {
        var ranking = Enumerable.Range(0, 30).Select(i => $"n{i}").Append("hit").ToList();

        var metrics = RankingMetrics.Of(ranking, new Dictionary<string, double> { ["hit"] = 1, ["missing"] = 1 });

        metrics.NdcgAt10.ShouldBe(0);
        metrics.MrrAt10.ShouldBe(0);
        metrics.RecallAt10.ShouldBe(0);
        metrics.RecallAt50.ShouldBe(0.5);
    }

    [Fact]
    public void Mean_averages_per_query_figures()
    {
        var perfect = RankingMetrics.Of(["a"], new Dictionary<string, double> { ["a"] = 1 });
        var missed = RankingMetrics.Of([], new Dictionary<string, double> { ["a"] = 1 });

        var mean = RankingMetrics.Mean([perfect, missed]);

        mean.ShouldBe(new RankingMetrics(0.5, 0.5, 0.5, 0.5));
    }
}
