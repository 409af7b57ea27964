using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JjjMatch.Matching.Engine.Indexing;

/// <summary>
/// Makes the index ready before the matcher serves; an index that keeps no documents across restarts (the embedded one)
/// is rebuilt from the service's own copies.
/// </summary>
public sealed class IndexLoader(IServiceScopeFactory scopes, IListingIndex index, ILogger<IndexLoader> logger)
    : IHostedService,
        IHealthCheck
{
    public const int BatchSize = 1000;

    private volatile bool ready;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await index.InitializeAsync(cancellationToken);
        if (!index.KeepsDocuments)
        {
            var started = DateTime.UtcNow;
            var (achievements, demands) = await LoadAllAsync(index, scopes, progress: null, cancellationToken);
            logger.LogInformation(
                "In-memory index loaded: {Achievements} achievements, " + "{Demands} demands in {Seconds:0.0}s",
                achievements,
                demands,
                (DateTime.UtcNow - started).TotalSeconds
            );
        }

        ready = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            ready
                ? HealthCheckResult.Healthy($"The {index.GetType().Name} is loaded.")
                : HealthCheckResult.Unhealthy($"The {index.GetType().Name} is still loading.")
        );

    /// <summary>Puts every listing that is still in the market into <paramref name="target"/>, in batches.</summary>
    public static async Task<(int Achievements, int Demands)> LoadAllAsync(
        IListingIndex target,
        IServiceScopeFactory scopes,
        IProgress<int>? progress,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var achievements = await LoadAsync(
            db.Achievements.Where(a => a.IsActive).OrderBy(a => a.Id),
            a => a.ToListingDocument(),
            target,
            progress,
            cancellationToken
        );
        var demands = await LoadAsync(
            db.Demands.Where(d => d.IsOpen).OrderBy(d => d.Id),
            d => d.ToListingDocument(),
            target,
            progress,
            cancellationToken
        );
        return (achievements, demands);
    }

    private static async Task<int> LoadAsync<T>(
        IQueryable<T> listings,
        Func<T, ListingDocument> document,
        IListingIndex target,
        IProgress<int>? progress,
        CancellationToken cancellationToken
    )
        where T : class
    {
        var loaded = 0;
        while (true)
        {
            var batch = await listings.AsNoTracking().Skip(loaded).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return loaded;
            }

            await target.UpsertAsync(batch.Select(document).ToList(), cancellationToken);
            loaded += batch.Count;
            progress?.Report(batch.Count);
        }
    }
}
