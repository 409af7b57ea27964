using System.Globalization;

namespace JjjMatch.Bench.Speed.Report;

/// <summary>The results table, printed as Markdown so that it can go into docs/benchmarks.md as it is.</summary>
public sealed class SpeedTable
{
    private readonly List<string[]> rows = [];

    public void Section(string title) => rows.Add([$"**{title}**", "", "", ""]);

    public void Add(string measure, string figure, string target = "", bool? met = null) =>
        rows.Add([
            measure,
            figure,
            target,
            met switch
            {
                true => "met",
                false => "**missed**",
                null => "",
            },
        ]);

    public void NotRun(string measure, string reason, string target = "") =>
        rows.Add([measure, $"not run ({reason})", target, ""]);

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| measure | figure | target | |");
        output.WriteLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine(
                $"| {string.Join(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal)))} |"
            );
        }
    }

    public static string Milliseconds(double value) =>
        double.IsFinite(value)
            ? value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms"
            : "–";

    public static string Number(double value, string unit) =>
        double.IsFinite(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) + " " + unit : "–";

    public static string Latency(Measure.LatencyStats stats) =>
        stats.Count == 0
            ? "no samples"
            : $"p50 {Milliseconds(stats.P50)}, p95 {Milliseconds(stats.P95)}, p99 "
                + $"{Milliseconds(stats.P99)} (mean {Milliseconds(stats.Mean)}, "
                + $"max {Milliseconds(stats.Max)}, n={stats.Count.ToString(CultureInfo.InvariantCulture)})";
}
