using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>Candidate profiles read from the matching service's own copies.</summary>
public sealed class DatabaseMatchProfiles(MatchingDbContext db) : IMatchProfileSource
{
    public async Task<IReadOnlyDictionary<Guid, AchievementProfile>> FindAchievementsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    ) =>
        (
            await db.Achievements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken)
        ).ToDictionary(a => a.Id, a => a.ToProfile());

    public async Task<IReadOnlyDictionary<Guid, DemandProfile>> FindDemandsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    ) =>
        (await db.Demands.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken)).ToDictionary(
            d => d.Id,
            d => d.ToProfile()
        );
}
