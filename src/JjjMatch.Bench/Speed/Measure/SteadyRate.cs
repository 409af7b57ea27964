using System.Diagnostics;

namespace JjjMatch.Bench.Speed.Measure;

/// <summary>
/// Starts actions at a fixed rate whether or not earlier ones have finished (an open-loop load, as users
/// arrive), so a slow system shows up as latency, not as a lower request rate.
/// </summary>
public static class SteadyRate
{
    /// <summary>When the i-th action is due, counted from the start.</summary>
    public static TimeSpan DueAt(int index, double perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perSecond, 0);
        return TimeSpan.FromSeconds(index / perSecond);
    }

    public static async Task<T[]> RunAsync<T>(
        int count,
        double perSecond,
        Func<int, Task<T>> action,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(action);
        var started = Stopwatch.GetTimestamp();
        var running = new Task<T>[count];
        for (var i = 0; i < count; i++)
        {
            var wait = DueAt(i, perSecond) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var index = i;
            running[i] = Task.Run(() => action(index), cancellationToken);
        }

        return await Task.WhenAll(running);
    }
}
