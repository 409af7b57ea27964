using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// The matcher's copies of the listings a page of matches names: their snapshots, for titles and organisations.
/// </summary>
public sealed record ReviewListings(
    IReadOnlyDictionary<Guid, AchievementSnapshot> Achievements,
    IReadOnlyDictionary<Guid, DemandSnapshot> Demands
)
{
    public static async Task<ReviewListings> LoadAsync(
        MatchingDbContext db,
        IEnumerable<Guid> achievementIds,
        IEnumerable<Guid> demandIds,
        CancellationToken cancellationToken
    )
    {
        var a = achievementIds.Distinct().ToList();
        var d = demandIds.Distinct().ToList();
        var achievements = await db
            .Achievements.AsNoTracking()
            .Where(l => a.Contains(l.Id))
            .ToListAsync(cancellationToken);
        var demands = await db.Demands.AsNoTracking().Where(l => d.Contains(l.Id)).ToListAsync(cancellationToken);
        return new ReviewListings(
            achievements.ToDictionary(l => l.Id, l => l.Snapshot),
            demands.ToDictionary(l => l.Id, l => l.Snapshot)
        );
    }
}
