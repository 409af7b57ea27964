using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Stats;

/// <summary>When one match reached each stage; null for a stage it has not reached.</summary>
public sealed record MatchTimeline(
    Guid MatchId,
    Guid AchievementId,
    DateTime SuggestedAt,
    DateTime? ClaimedAt,
    DateTime? DecidedAt,
    MatchStatus Status,
    DateTime? DealAt
);

/// <summary>
/// Reads the stages of every match from the matching service's own records: Matches (suggested), the audit trail
/// MatchDecisions (first claim, the accept or reject) and Deals (recorded).
/// </summary>
public static class MatchTimelines
{
    public static async Task<List<MatchTimeline>> LoadAsync(MatchingDbContext db, CancellationToken cancellationToken)
    {
        var matches = await db
            .Matches.AsNoTracking()
            .Select(m => new
            {
                m.Id,
                m.AchievementId,
                m.SuggestedAt,
                m.ClaimedAt,
                m.DecidedAt,
                m.Status,
            })
            .ToListAsync(cancellationToken);
        var decisions = await db
            .MatchDecisions.AsNoTracking()
            .Where(d =>
                d.Action == MatchAction.Claim || d.Action == MatchAction.Accept || d.Action == MatchAction.Reject
            )
            .Select(d => new
            {
                d.MatchId,
                d.Action,
                d.At,
            })
            .ToListAsync(cancellationToken);
        var firstClaim = decisions
            .Where(d => d.Action == MatchAction.Claim)
            .GroupBy(d => d.MatchId)
            .ToDictionary(g => g.Key, g => g.Min(d => d.At));
        var decided = decisions
            .Where(d => d.Action != MatchAction.Claim)
            .GroupBy(d => d.MatchId)
            .ToDictionary(g => g.Key, g => g.Min(d => d.At));
        var deals = await db
            .Deals.AsNoTracking()
            .Select(d => new { d.MatchId, d.RecordedAt })
            .ToDictionaryAsync(d => d.MatchId, d => d.RecordedAt, cancellationToken);
        return matches
            .Select(m =>
            {
                var isDecided = m.Status is MatchStatus.Accepted or MatchStatus.Rejected;
                // The audit trail is the record; the match's own columns cover a history older than the trail.
                var claimedAt = firstClaim.TryGetValue(m.Id, out var claim)
                    ? claim
                    : m.ClaimedAt ?? (isDecided ? m.DecidedAt : null);
                var decidedAt =
                    decided.TryGetValue(m.Id, out var decision) ? decision
                    : isDecided ? m.DecidedAt
                    : null;
                return new MatchTimeline(
                    m.Id,
                    m.AchievementId,
                    m.SuggestedAt,
                    claimedAt,
                    decidedAt,
                    m.Status,
                    deals.TryGetValue(m.Id, out var deal) ? deal : null
                );
            })
            .ToList();
    }
}
