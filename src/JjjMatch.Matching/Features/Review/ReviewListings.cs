using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Features.Review;

/// <summary>The matcher's copies of the listings a set of matches names (snapshots are JSON, so they are read, then filtered here).</summary>
public sealed record ReviewListings(IReadOnlyDictionary<Guid, AchievementSnapshot> Achievements, IReadOnlyDictionary<Guid, DemandSnapshot> Demands)
{
    public static async Task<ReviewListings> LoadAsync(MatchingDbContext db, IEnumerable<Guid> achievementIds, IEnumerable<Guid> demandIds, CancellationToken cancellationToken)
    {
        var a = achievementIds.Distinct().ToList();
        var d = demandIds.Distinct().ToList();
        var achievements = await db.Achievements.AsNoTracking().Where(l => a.Contains(l.Id)).ToListAsync(cancellationToken);
        var demands = await db.Demands.AsNoTracking().Where(l => d.Contains(l.Id)).ToListAsync(cancellationToken);
        return new ReviewListings(achievements.ToDictionary(l => l.Id, l => l.Snapshot), demands.ToDictionary(l => l.Id, l => l.Snapshot));
    }

    public bool TryGet(Guid achievementId, Guid demandId, out AchievementSnapshot achievement, out DemandSnapshot demand)
    {
        var found = Achievements.TryGetValue(achievementId, out var a) & Demands.TryGetValue(demandId, out var d);
        achievement = a!;
        demand = d!;
        return found;
    }
}
