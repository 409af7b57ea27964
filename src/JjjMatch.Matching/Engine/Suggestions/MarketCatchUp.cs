using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Matching.Engine.Suggestions;

/// <summary>
/// A listing's suggestions are only as good as the market they were drawn from. A demand that arrives while three
/// achievements are indexed is ranked with the statistics of three documents, where every shared character looks
/// telling, and its own search is the only one that may drop what it suggested. So when the other side of the market
/// has more than doubled since a listing was last compared, it is compared again: at the launch of a market and after
/// a bulk import each listing is revisited a few times, in a settled market almost never. A round can compare hundreds
/// of listings (seconds of CPU), so each comparison takes a slot of the process's <see cref="ConsumerGate"/> like a
/// consumed message, and waits while callers are answered.
/// </summary>
public sealed class MarketCatchUp(
    IServiceScopeFactory scopes,
    IListingIndex index,
    ConsumerGate gate,
    IOptions<MatchingOptions> options,
    ILogger<MarketCatchUp> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.CatchUpInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CatchUpInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(
                    exception,
                    "Comparing listings again with the grown market " + "failed; trying again at the next round"
                );
            }
        }
    }

    /// <summary>Compares every listing whose comparison is stale once; returns how many were compared again.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var achievements = await index.CountAsync(ListingKind.Achievement, cancellationToken);
        var demands = await index.CountAsync(ListingKind.Demand, cancellationToken);
        // "Compared with fewer than half of today's": ComparedWith * 2 < count, written so the index on it is used.
        var (achievementsBelow, demandsBelow) = ((achievements + 1) / 2, (demands + 1) / 2);
        List<Guid> staleDemands,
            staleAchievements;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            staleDemands = await db
                .Demands.Where(d => d.IsOpen && d.ComparedWith < achievementsBelow)
                .Select(d => d.Id)
                .ToListAsync(cancellationToken);
            staleAchievements = await db
                .Achievements.Where(a => a.IsActive && a.ComparedWith < demandsBelow)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        }

        if (staleDemands.Count + staleAchievements.Count == 0)
        {
            return 0;
        }

        var compared = 0;
        foreach (var id in staleDemands)
        {
            compared += await RefreshAsync(
                writer => writer.RefreshDemandAsync(id, cancellationToken),
                cancellationToken
            );
        }

        foreach (var id in staleAchievements)
        {
            compared += await RefreshAsync(
                writer => writer.RefreshAchievementAsync(id, cancellationToken),
                cancellationToken
            );
        }

        logger.LogInformation(
            "Compared {Compared} listings again with a market that has grown: {Demands} demands against "
                + "{Achievements} achievements, {StaleAchievements} achievements against {OpenDemands} demands",
            compared,
            staleDemands.Count,
            achievements,
            staleAchievements.Count,
            demands
        );
        return compared;
    }

    // A consumer refreshing the same listing at the same moment wins; this one is skipped and comes back next time.
    private async Task<int> RefreshAsync(Func<SuggestionWriter, Task> refresh, CancellationToken cancellationToken)
    {
        await gate.EnterAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await refresh(scope.ServiceProvider.GetRequiredService<SuggestionWriter>());
            return 1;
        }
        catch (DbUpdateException exception)
        {
            logger.LogDebug(
                exception,
                "A listing changed while it was compared again; " + "it is compared at the next round"
            );
            return 0;
        }
        finally
        {
            gate.Leave();
        }
    }
}
