using Microsoft.Extensions.Options;

namespace JjjMatch.BuildingBlocks.Messaging;

/// <summary>
/// The HTTP requests this process is answering, so that consumers can step aside while callers wait
/// (<see cref="BusOptions.ConsumersYieldFor"/>): after a burst of writes the matcher's work can wait until the burst
/// is answered, but never longer than that setting, however busy the callers keep the process.
/// </summary>
public sealed class CallersInFlight(IOptions<BusOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly TimeSpan yieldFor = options.Value.ConsumersYieldFor;
    private int count;
    private long busySince;
    private TaskCompletionSource quiet = NewQuiet();

    public int Count => Volatile.Read(ref count);

    public void Enter()
    {
        lock (gate)
        {
            if (count++ == 0)
            {
                busySince = time.GetTimestamp();
                quiet = NewQuiet();
            }
        }
    }

    public void Leave()
    {
        lock (gate)
        {
            if (--count == 0)
            {
                quiet.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Completes when no caller waits, or once callers have kept the process busy for the yield time.
    /// </summary>
    public async Task PauseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task whenQuiet;
            TimeSpan left;
            lock (gate)
            {
                left = yieldFor - time.GetElapsedTime(busySince);
                if (count == 0 || left <= TimeSpan.Zero)
                {
                    return;
                }

                whenQuiet = quiet.Task;
            }

            // Unlike a Task.Delay beside it, WaitAsync's timer stops as soon as the callers are answered.
            await whenQuiet
                .WaitAsync(left, time, cancellationToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static TaskCompletionSource NewQuiet() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
