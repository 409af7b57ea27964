using System.Threading.RateLimiting;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>
/// A fixed window per account that starts with the account's first request, and a refusal that says how long the
/// window still runs. The framework's FixedWindowRateLimiter reports the whole window as its retry-after, whatever is
/// left of it, so a client told 60 s waited longer than it had to.
/// </summary>
public sealed class AccountWindowLimiter(int permitLimit, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock gate = new();
    private long windowStart = long.MinValue;
    private int used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                // Idle (and so disposable by the partitioned limiter) only once its window has ended.
                var sinceStart = Since(windowStart);
                return sinceStart >= window ? sinceStart - window : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Since(windowStart) >= window ? permitLimit : permitLimit - used,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            if (Since(windowStart) >= window)
            {
                windowStart = time.GetTimestamp();
                used = 0;
            }

            if (used + permitCount <= permitLimit)
            {
                used += permitCount;
                return Lease.Acquired;
            }

            return new Lease(false, window - Since(windowStart));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private TimeSpan Since(long start) => start == long.MinValue ? TimeSpan.MaxValue : time.GetElapsedTime(start);

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
