using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Shared;

internal static class AchievementLookup
{
    public static async Task<Achievement> FindOrThrowAsync(
        this AchievementsDbContext db,
        Guid id,
        CancellationToken cancellationToken
    ) =>
        await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Achievement", id);

    /// <summary>
    /// The achievement to change: 404 when there is none or it is someone else's draft (as on GET, so the answer never
    /// tells a draft from nothing), 403 when the caller's organisation does not own it.
    /// </summary>
    public static async Task<Achievement> FindOwnedAsync(
        this AchievementsDbContext db,
        Guid id,
        CurrentUser user,
        CancellationToken cancellationToken
    )
    {
        // The change is saved on the same connection: opening one twice per write was a tenth of its cost on SQLite.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var achievement = await db.FindOrThrowAsync(id, cancellationToken);
        user.EnsureCanSee(achievement.Status == AchievementStatus.Draft, achievement.OwnerId, "Achievement", id);
        user.EnsureOwns(achievement.OwnerId, "achievement");
        return achievement;
    }

    /// <summary>An If-Match version that is not the stored one means the client edited a stale copy.</summary>
    public static void EnsureVersion(this Achievement achievement, int? expectedVersion)
    {
        if (expectedVersion is not null && expectedVersion != achievement.Version)
        {
            throw new ConflictException(
                $"The achievement is at version {achievement.Version}, not {expectedVersion}; reload it and "
                    + "try again."
            );
        }
    }
}
