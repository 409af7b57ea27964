using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Matches;

/// <summary>
/// A suggestion with its explanation: each factor's contribution (they add up to the score) and the matched terms; once
/// a
/// broker reviews it, the broker's organisation, when it was claimed and decided, and a rejection's reason and note
/// (the posters' feedback).
/// </summary>
public sealed record MatchResponse(
    Guid Id,
    Guid AchievementId,
    string? AchievementTitle,
    Guid DemandId,
    string? DemandTitle,
    double Score,
    IReadOnlyList<MatchFactor> Factors,
    IReadOnlyList<string> MatchedTerms,
    MatchStatus Status,
    string? WithdrawnReason,
    DateTime SuggestedAt,
    DateTime UpdatedAt,
    Guid? ReviewerOrganisationId = null,
    DateTime? ClaimedAt = null,
    DateTime? DecidedAt = null,
    RejectionReason? RejectionReason = null,
    string? RejectionNote = null,
    int Version = 0,
    bool AchievementOwnerSuspended = false,
    bool DemandOwnerSuspended = false
);

public static class MatchResponses
{
    /// <summary>
    /// Responses for <paramref name="matches"/> with the listings' titles from the matcher's own copies.
    /// </summary>
    public static async Task<List<MatchResponse>> WithTitlesAsync(
        this MatchingDbContext db,
        List<Match> matches,
        CancellationToken cancellationToken
    )
    {
        var achievementIds = matches.Select(m => m.AchievementId).Distinct().ToList();
        var demandIds = matches.Select(m => m.DemandId).Distinct().ToList();
        var achievements = (
            await db
                .Achievements.AsNoTracking()
                .Where(a => achievementIds.Contains(a.Id))
                .ToListAsync(cancellationToken)
        ).ToDictionary(a => a.Id);
        var demands = (
            await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id)).ToListAsync(cancellationToken)
        ).ToDictionary(d => d.Id);
        var owners = achievements.Values.Select(a => a.OwnerId).Concat(demands.Values.Select(d => d.OwnerId)).ToList();
        var suspended = (
            await db
                .SuspendedOrganisations.Where(s => owners.Contains(s.OrganisationId))
                .Select(s => s.OrganisationId)
                .ToListAsync(cancellationToken)
        ).ToHashSet();
        return matches
            .Select(m => new MatchResponse(
                m.Id,
                m.AchievementId,
                achievements.GetValueOrDefault(m.AchievementId)?.Snapshot.Title,
                m.DemandId,
                demands.GetValueOrDefault(m.DemandId)?.Snapshot.Title,
                m.Score,
                m.Factors,
                m.MatchedTerms,
                m.Status,
                m.WithdrawnReason,
                m.SuggestedAt,
                m.UpdatedAt,
                m.ReviewerOrganisationId,
                m.ClaimedAt,
                m.DecidedAt,
                m.RejectionReason,
                m.RejectionNote,
                m.Version,
                achievements.GetValueOrDefault(m.AchievementId) is { } a && suspended.Contains(a.OwnerId),
                demands.GetValueOrDefault(m.DemandId) is { } d && suspended.Contains(d.OwnerId)
            ))
            .ToList();
    }
}
