using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Matches;

/// <summary>
/// Who may read a match (its explanation, review fields and audit trail): brokers, the operator and the owners of its
/// two listings.
/// </summary>
public static class MatchAccess
{
    /// <summary>
    /// Brokers review every suggestion (and the operator oversees them); otherwise only the listings' owners.
    /// </summary>
    public static bool IsBrokerOrOperator(this CurrentUser user) =>
        user.IsSystem || user.IsInRole(Roles.Intermediary, Roles.Operator);

    public static async Task EnsureCanReadAsync(
        this MatchingDbContext db,
        CurrentUser user,
        Match match,
        CancellationToken cancellationToken
    )
    {
        if (
            !user.IsBrokerOrOperator()
            && !(await db.OwnersAsync(match.AchievementId, match.DemandId, cancellationToken)).Any(user.Owns)
        )
        {
            // Who is not a party may not know the pair was suggested: the answer an unknown id gets.
            throw new NotFoundException("Match", match.Id);
        }
    }

    /// <summary>The owners of the named listings, from the matcher's own copies (their OwnerId column).</summary>
    public static async Task<List<Guid>> OwnersAsync(
        this MatchingDbContext db,
        Guid? achievementId,
        Guid? demandId,
        CancellationToken cancellationToken
    )
    {
        var owners = new List<Guid>();
        if (achievementId is { } a)
        {
            owners.AddRange(
                await db.Achievements.Where(l => l.Id == a).Select(l => l.OwnerId).ToListAsync(cancellationToken)
            );
        }

        if (demandId is { } d)
        {
            owners.AddRange(
                await db.Demands.Where(l => l.Id == d).Select(l => l.OwnerId).ToListAsync(cancellationToken)
            );
        }

        return owners;
    }
}
