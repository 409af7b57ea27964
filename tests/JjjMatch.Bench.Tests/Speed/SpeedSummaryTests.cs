using System.Globalization;
using JjjMatch.Bench.Speed.Report;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class SpeedSummaryTests
{
    [Fact]
    public void The_summary_line_names_every_figure_in_order()
    {
        var line = new SpeedSummary(6077.4, 0.456, 2.7449, 148.58, 120.46, 846.6, 7.126).ToLine();

        line.ShouldBe(
            "index_docs_per_s=6077 match_p50_ms=0.46 match_p95_ms=2.74 baseline_p95_ms=148.58 "
                + "e2e_p95_ms=120.5 rss_mb=847 lucene_p95_ms=7.13"
        );
    }

    [Fact]
    public void A_figure_that_was_not_measured_is_na()
    {
        var line = new SpeedSummary(6000, 0.5, 2.5, 100, null, double.NaN).ToLine();

        line.ShouldEndWith("e2e_p95_ms=na rss_mb=na lucene_p95_ms=na");
    }

    [Fact]
    public void The_summary_line_does_not_depend_on_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            new SpeedSummary(12345.6, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
                .ToLine()
                .ShouldBe(
                    "index_docs_per_s=12346 match_p50_ms=1.50 match_p95_ms=2.50 baseline_p95_ms=3.50 "
                        + "e2e_p95_ms=4.5 rss_mb=6 lucene_p95_ms=6.50"
                );
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_summary_line_matches_the_documented_shape()
    {
        var line = new SpeedSummary(1, 2, 3, 4, 5, 6, 7).ToLine();

        line.ShouldMatch(
            @"^index_docs_per_s=\S+ match_p50_ms=\S+ match_p95_ms=\S+ baseline_p95_ms=\S+ e2e_p95_ms=\S+ rss_mb=\S+"
                + @" lucene_p95_ms=\S+$"
        );
    }
}
