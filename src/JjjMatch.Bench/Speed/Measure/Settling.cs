using System.Diagnostics;

namespace JjjMatch.Bench.Speed.Measure;

/// <summary>
/// Waits until this process has nearly stopped using the CPU (under a tenth of a core for 200 ms): the work a burst
/// set off in the background (outbox, matcher, notifications) is done.
/// </summary>
public static class Settling
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(200);

    /// <summary>How long it took; at most <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan> WaitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var before = ProcessCpu.Read(Environment.ProcessId);
        while (started.Elapsed < limit)
        {
            await Task.Delay(Window, cancellationToken);
            var now = ProcessCpu.Read(Environment.ProcessId);
            if (now - before <= Window / 10)
            {
                return started.Elapsed - Window;
            }

            before = now;
        }

        return started.Elapsed;
    }
}
