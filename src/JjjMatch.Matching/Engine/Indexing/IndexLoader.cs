using System.Diagnostics;
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
/// Makes the index ready before the matcher serves. An index that keeps no documents across restarts (the embedded
/// one, and Lucene.Net's) is rebuilt from the service's own copies, or, when it has a folder to live in
/// (<see cref="IKeptIndex"/>), opened from there and brought up to date with the copies that changed while it was
/// closed; it is then saved again from time to time and at stop. The database stays the source of truth: a missing or
/// damaged file only costs a rebuild.
/// </summary>
public sealed class IndexLoader(
    IServiceScopeFactory scopes,
    IListingIndex index,
    ILogger<IndexLoader> logger,
    IKeptIndex? kept = null,
    SearchOptions? options = null
) : BackgroundService, IHealthCheck
{
    public const int BatchSize = 1000;

    private volatile bool ready;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await index.InitializeAsync(cancellationToken);
        if (!index.KeepsDocuments)
        {
            var started = Stopwatch.GetTimestamp();
            if (kept is not null && kept.TryOpen())
            {
                var (updated, removed) = await CatchUpAsync(index, kept, scopes, cancellationToken);
                logger.LogInformation(
                    "Index opened from {Path}: {Updated} listings re-indexed and {Removed} removed as changed "
                        + "since it was saved, in {Seconds:0.0}s",
                    kept.Location,
                    updated,
                    removed,
                    Stopwatch.GetElapsedTime(started).TotalSeconds
                );
            }
            else
            {
                var (achievements, demands) = await LoadAllAsync(
                    index,
                    scopes,
                    SavingWhenLarge(kept, progress: null),
                    cancellationToken
                );
                logger.LogInformation(
                    "In-memory index loaded: {Achievements} achievements, {Demands} demands in {Seconds:0.0}s",
                    achievements,
                    demands,
                    Stopwatch.GetElapsedTime(started).TotalSeconds
                );
            }

            SaveIfChanged();
        }

        ready = true;
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (ready)
        {
            SaveIfChanged();
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            ready
                ? HealthCheckResult.Healthy($"The {index.GetType().Name} is loaded.")
                : HealthCheckResult.Unhealthy($"The {index.GetType().Name} is still loading.")
        );

    /// <summary>
    /// Reports the batches of a rebuild to <paramref name="progress"/> and lets <paramref name="kept"/> save between
    /// them when it holds much in memory (<see cref="IKeptIndex.SaveIfLarge"/>): a rebuild of a large market then
    /// never holds the whole index on the heap.
    /// </summary>
    public static IProgress<int>? SavingWhenLarge(IKeptIndex? kept, IProgress<int>? progress) =>
        kept is null ? progress : new Checkpoints(kept, progress);

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
            after => db.Achievements.Where(a => a.IsActive && a.Id.CompareTo(after) > 0).OrderBy(a => a.Id),
            a => a.Id,
            Document,
            target,
            progress,
            cancellationToken
        );
        var demands = await LoadAsync(
            after => db.Demands.Where(d => d.IsOpen && d.Id.CompareTo(after) > 0).OrderBy(d => d.Id),
            d => d.Id,
            Document,
            target,
            progress,
            cancellationToken
        );
        return (achievements, demands);
    }

    /// <summary>
    /// Re-indexes the copies whose revision differs from the one the index holds and removes what left the market:
    /// reads only ids and revisions of the rest, so an index opened from its file is current without re-analysing
    /// every listing.
    /// </summary>
    public static Task<(int Updated, int Removed)> CatchUpAsync(
        EmbeddedIndex target,
        IServiceScopeFactory scopes,
        CancellationToken cancellationToken
    ) => CatchUpAsync(target, target, scopes, cancellationToken);

    /// <inheritdoc cref="CatchUpAsync(EmbeddedIndex, IServiceScopeFactory, CancellationToken)"/>
    public static async Task<(int Updated, int Removed)> CatchUpAsync(
        IListingIndex target,
        IIndexRevisions held,
        IServiceScopeFactory scopes,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(held);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var achievements = await db
            .Achievements.AsNoTracking()
            .Where(a => a.IsActive)
            .Select(a => new
            {
                a.Id,
                a.SourceUpdatedAt,
                a.Version,
            })
            .ToListAsync(cancellationToken);
        var (updatedAchievements, removedAchievements) = await CatchUpAsync(
            target,
            held,
            ListingKind.Achievement,
            achievements.Select(a => (a.Id, IndexRevision.Of(a.SourceUpdatedAt, a.Version))),
            async ids =>
                (
                    await db.Achievements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken)
                ).ConvertAll(Document),
            cancellationToken
        );
        var demands = await db
            .Demands.AsNoTracking()
            .Where(d => d.IsOpen)
            .Select(d => new
            {
                d.Id,
                d.SourceUpdatedAt,
                d.Version,
            })
            .ToListAsync(cancellationToken);
        var (updatedDemands, removedDemands) = await CatchUpAsync(
            target,
            held,
            ListingKind.Demand,
            demands.Select(d => (d.Id, IndexRevision.Of(d.SourceUpdatedAt, d.Version))),
            async ids =>
                (
                    await db.Demands.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken)
                ).ConvertAll(Document),
            cancellationToken
        );
        return (updatedAchievements + updatedDemands, removedAchievements + removedDemands);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (kept is null || options is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.EmbeddedSaveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Task.Run(SaveIfChanged, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync saves once more.
        }
    }

    private static async Task<(int Updated, int Removed)> CatchUpAsync(
        IListingIndex target,
        IIndexRevisions held,
        ListingKind kind,
        IEnumerable<(Guid Id, long Revision)> stored,
        Func<List<Guid>, Task<List<ListingDocument>>> read,
        CancellationToken cancellationToken
    )
    {
        var indexed = held.Revisions(kind);
        var stale = new List<Guid>();
        foreach (var (id, revision) in stored)
        {
            if (!indexed.Remove(id, out var indexedAt) || indexedAt != revision)
            {
                stale.Add(id);
            }
        }

        foreach (var id in indexed.Keys)
        {
            await target.RemoveAsync(kind, id, cancellationToken);
        }

        foreach (var batch in stale.Chunk(BatchSize))
        {
            await target.UpsertAsync(await read([.. batch]), cancellationToken);
        }

        return (stale.Count, indexed.Count);
    }

    private static ListingDocument Document(AchievementListing listing) =>
        listing.ToListingDocument() with
        {
            Revision = IndexRevision.Of(listing),
        };

    private static ListingDocument Document(DemandListing listing) =>
        listing.ToListingDocument() with
        {
            Revision = IndexRevision.Of(listing),
        };

    private void SaveIfChanged()
    {
        if (kept is null)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        if (kept.SaveIfChanged())
        {
            logger.LogInformation(
                "Index saved to {Path} in {Seconds:0.0}s",
                kept.Location,
                Stopwatch.GetElapsedTime(started).TotalSeconds
            );
        }
    }

    /// <summary>Pages by key (the rows after the last id read), so each page costs the same however deep it is.
    /// </summary>
    private static async Task<int> LoadAsync<T>(
        Func<Guid, IQueryable<T>> listingsAfter,
        Func<T, Guid> idOf,
        Func<T, ListingDocument> document,
        IListingIndex target,
        IProgress<int>? progress,
        CancellationToken cancellationToken
    )
        where T : class
    {
        var loaded = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await listingsAfter(after).AsNoTracking().Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return loaded;
            }

            await target.UpsertAsync(batch.Select(document).ToList(), cancellationToken);
            loaded += batch.Count;
            after = idOf(batch[^1]);
            progress?.Report(batch.Count);
        }
    }

    private sealed class Checkpoints(IKeptIndex kept, IProgress<int>? progress) : IProgress<int>
    {
        // Asking costs a pass over the index's terms and documents: often enough, but not after every batch.
        private const int ListingsBetweenChecks = 20 * BatchSize;

        private int sinceCheck;

        public void Report(int value)
        {
            progress?.Report(value);
            sinceCheck += value;
            if (sinceCheck >= ListingsBetweenChecks)
            {
                sinceCheck = 0;
                kept.SaveIfLarge();
            }
        }
    }
}
