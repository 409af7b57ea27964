using System.Globalization;

namespace JjjMatch.Host.Cli;

/// <summary>
/// Progress as plain lines, for output that is not a terminal (a log, a pipe): at most one line per interval with the
/// count done, the share and an estimate of the time left at the rate so far.
/// </summary>
public sealed class ProgressLines(string title, int total, TimeSpan interval, TimeProvider clock, TextWriter output)
{
    private readonly long started = clock.GetTimestamp();
    private long lastLine = clock.GetTimestamp();
    private int done;

    public void Advance(int step)
    {
        done += step;
        var now = clock.GetTimestamp();
        if (clock.GetElapsedTime(lastLine, now) < interval && done < total)
        {
            return;
        }

        lastLine = now;
        output.WriteLine(Line(clock.GetElapsedTime(started, now)));
    }

    public string Line(TimeSpan elapsed)
    {
        var share = total == 0 ? 1 : Math.Min(1, (double)done / total);
        var left = share > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - share) / share) : (TimeSpan?)null;
        var so = string.Create(
            CultureInfo.InvariantCulture,
            $"{title}: {done:N0} of {total:N0} ({share * 100:0}%), {elapsed.TotalSeconds:0}s so far, "
        );
        return so
            + (
                left is { } l
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"about {l.TotalSeconds:0}s left / 约剩 {l.TotalSeconds:0} 秒"
                    )
                    : "time left unknown"
            );
    }
}
