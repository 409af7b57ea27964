using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Contracts.Shared;
using JjjMatch.Host.Cli;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// Puts the market into the services' databases as it would stand after months of running: every achievement
/// published in the achievements service, and the matching service's own copies of them and of the open demands.
/// Written through the services' own DbContexts and domain methods (no events: this is the state before the
/// measurement, not part of it), in batches, so it takes seconds rather than the hours the event flow would.
/// The market holds no earlier suggestions, and every listing counts as compared with the whole market (so no catch-up
/// runs during the measurement).
/// </summary>
public static class MarketSeeder
{
    private const int BatchSize = 2_000;

    /// <returns>The achievements' ids as the achievements service assigned them, in market order.</returns>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(
        IReadOnlyList<string> settings,
        SpeedMarket market,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(market);
        await using var app = await ToolHost.StartAsync(
            [.. settings, .. BenchAuth.HostSettings, "Services=achievements,matching"],
            cancellationToken
        );
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var now = DateTime.UtcNow;
        var ids = new Guid[market.Achievements.Count];
        for (var start = 0; start < market.Achievements.Count; start += BatchSize)
        {
            var end = Math.Min(start + BatchSize, market.Achievements.Count);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = start; i < end; i++)
                {
                    var listed = now.AddSeconds(i - market.Achievements.Count);
                    var achievement = Achievement.CreateDraft(BenchAuth.Owner, Details(market.Achievements[i]), listed);
                    achievement.Publish(listed);
                    db.Achievements.Add(achievement);
                    ids[i] = achievement.Id;
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = start; i < end; i++)
                {
                    var listed = now.AddSeconds(i - market.Achievements.Count);
                    var listing = AchievementListing.From(
                        market.Achievements[i].Snapshot with
                        {
                            Id = ids[i],
                            UpdatedAt = listed,
                        }
                    );
                    listing.ComparedAgainst(market.Demands.Count);
                    db.Achievements.Add(listing);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }

        foreach (var batch in market.Demands.Chunk(BatchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Demands.AddRange(
                batch.Select(snapshot =>
                {
                    var listing = DemandListing.From(snapshot);
                    listing.ComparedAgainst(market.Achievements.Count);
                    return listing;
                })
            );
            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (
                var db in new DbContext[]
                {
                    scope.ServiceProvider.GetRequiredService<AchievementsDbContext>(),
                    scope.ServiceProvider.GetRequiredService<MatchingDbContext>(),
                }
            )
            {
                if (db.Database.IsSqlite())
                {
                    // Everything into the main file, so that the files can be copied for each run.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
                }
            }
        }

        return ids;
    }

    private static AchievementDetails Details(Generation.GeneratedAchievement generated)
    {
        var a = generated.Snapshot;
        return new AchievementDetails(
            a.Title,
            a.Summary,
            a.Keywords,
            a.Industry,
            a.TechnologyField,
            a.Maturity,
            a.Patents,
            a.TransferModes,
            a.AskingPrice,
            a.OwnerInstitution,
            a.Region,
            new Contact(generated.ContactName, generated.ContactPhone, null)
        );
    }
}
