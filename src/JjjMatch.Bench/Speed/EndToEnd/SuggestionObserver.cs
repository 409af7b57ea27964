using System.Collections.Concurrent;
using System.Diagnostics;
using JjjMatch.Contracts.Matching;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// Receives every MatchSuggested the matching service publishes (a bus consumer in the benchmark process) and
/// notes when the first one naming a listing the benchmark waits for arrived.
/// </summary>
public sealed class SuggestionObserver
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> waiting = new();

    public int Received => received;

    private int received;

    /// <summary>
    /// Completes with the <see cref="Stopwatch"/> timestamp of the first suggestion naming the listing.
    /// </summary>
    public Task<long> Expect(Guid listingId) =>
        waiting
            .GetOrAdd(listingId, _ => new TaskCompletionSource<long>(
                TaskCreationOptions.RunContinuationsAsynchronously
            ))
            .Task;

    public void Saw(MatchSuggested suggested)
    {
        ArgumentNullException.ThrowIfNull(suggested);
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref received);
        if (waiting.TryGetValue(suggested.AchievementId, out var achievement))
        {
            achievement.TrySetResult(at);
        }

        if (waiting.TryGetValue(suggested.DemandId, out var demand))
        {
            demand.TrySetResult(at);
        }
    }
}
