using System.Globalization;

namespace JjjMatch.Bench.Speed.Report;

/// <summary>
/// The figures the command ends with, as one machine-readable line. A figure that was not measured (no broker,
/// a phase skipped) prints as <c>na</c> rather than as a number from some other setup.
/// </summary>
public sealed record SpeedSummary(
    double? IndexDocsPerSecond,
    double? MatchP50Milliseconds,
    double? MatchP95Milliseconds,
    double? BaselineP95Milliseconds,
    double? EndToEndP95Milliseconds,
    double? RssMiB,
    double? LuceneP95Milliseconds = null
)
{
    public string ToLine() =>
        $"index_docs_per_s={Format(IndexDocsPerSecond, 0)} match_p50_ms={Format(MatchP50Milliseconds, 2)} "
        + $"match_p95_ms={Format(MatchP95Milliseconds, 2)} baseline_p95_ms={Format(BaselineP95Milliseconds, 2)} "
        + $"e2e_p95_ms={Format(EndToEndP95Milliseconds, 1)} rss_mb={Format(RssMiB, 0)} "
        + $"lucene_p95_ms={Format(LuceneP95Milliseconds, 2)}";

    private static string Format(double? value, int decimals) =>
        value is { } v && double.IsFinite(v)
            ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : "na";
}
