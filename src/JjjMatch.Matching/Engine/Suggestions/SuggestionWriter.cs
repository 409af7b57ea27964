using System.Linq.Expressions;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JjjMatch.Matching.Engine.Suggestions;

/// <summary>
/// Keeps each listing's suggestions equal to its current best matches; stored suggestions and their events
/// are saved together. A refresh runs after the listing's own change is committed and indexed, so of two
/// listings arriving at once the later one's search always finds the earlier one.
/// </summary>
public sealed class SuggestionWriter(
    MatchingDbContext db,
    MatchFinder finder,
    IListingIndex index,
    IOptions<MatchingOptions> options,
    TimeProvider time
)
{
    public const string DroppedOnChange = "no longer among the best matches after a change";

    public Task RefreshAsync(ListingKind kind, Guid id, CancellationToken cancellationToken) =>
        kind == ListingKind.Achievement
            ? RefreshAchievementAsync(id, cancellationToken)
            : RefreshDemandAsync(id, cancellationToken);

    public async Task RefreshDemandAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Demands.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { IsOpen: true } listing)
        {
            listing.ComparedAgainst(await index.CountAsync(ListingKind.Achievement, cancellationToken));
            await RefreshAsync(listing.ToProfile(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task RefreshAchievementAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { IsActive: true } listing)
        {
            listing.ComparedAgainst(await index.CountAsync(ListingKind.Demand, cancellationToken));
            await RefreshAsync(listing.ToProfile(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task RefreshAsync(DemandProfile demand, CancellationToken cancellationToken)
    {
        var found = await finder.FindAchievementsForAsync(demand, options.Value.TopK, cancellationToken);
        await ApplyAsync(found, MatchOrigin.Demand, m => m.DemandId == demand.Id, cancellationToken);
    }

    private async Task RefreshAsync(AchievementProfile achievement, CancellationToken cancellationToken)
    {
        var found = await finder.FindDemandsForAsync(achievement, options.Value.TopK, cancellationToken);
        await ApplyAsync(found, MatchOrigin.Achievement, m => m.AchievementId == achievement.Id, cancellationToken);
    }

    /// <summary>
    /// A listing left the market: none of its pending suggestions is worth reviewing any more, claimed ones included.
    /// Accepted and rejected pairs are decisions already made and stay as they are.
    /// </summary>
    public async Task WithdrawAllAsync(
        ListingKind kind,
        Guid listingId,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        var ofListing =
            kind == ListingKind.Achievement
                ? db.Matches.Where(m => m.AchievementId == listingId)
                : db.Matches.Where(m => m.DemandId == listingId);
        var pending = ofListing.Where(m => m.Status == MatchStatus.Suggested || m.Status == MatchStatus.Claimed);
        foreach (var match in await pending.ToListAsync(cancellationToken))
        {
            Withdraw(match, reason, now);
        }
    }

    private async Task ApplyAsync(
        IReadOnlyList<ScoredMatch> found,
        MatchOrigin origin,
        Expression<Func<Match, bool>> ofListing,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var best = found
            .Where(m =>
                m.Score.Total >= settings.MinimumScore
                && m.Score.ContributionOf(MatchFactorNames.Text)
                    >= settings.MinimumTextRelevance * settings.Weights.Text
            )
            .ToList();
        var known = await db.Matches.Where(ofListing).ToListAsync(cancellationToken);
        foreach (var candidate in best)
        {
            var match = known.FirstOrDefault(m =>
                m.AchievementId == candidate.AchievementId && m.DemandId == candidate.DemandId
            );
            if (match is null)
            {
                match = Match.Suggest(candidate, origin, now.UtcDateTime);
                db.Matches.Add(match);
                db.AddIntegrationEvent(match.ToSuggestedEvent(now));
                JjjMetrics.SuggestionsMade.Add(1);
            }
            else if (match.Status == MatchStatus.Withdrawn)
            {
                match.SuggestAgain(candidate.Score, origin, now.UtcDateTime);
                db.AddIntegrationEvent(match.ToSuggestedEvent(now));
                JjjMetrics.SuggestionsMade.Add(1);
            }
            else if (match.IsPending)
            {
                match.Rescore(candidate.Score, now.UtcDateTime);
            }
        }

        // A claimed pair stays while its broker reviews it; only unclaimed suggestions are dropped on a change.
        foreach (
            var dropped in known.Where(m =>
                m.Status == MatchStatus.Suggested
                && m.Origin == origin
                && !best.Any(b => b.AchievementId == m.AchievementId && b.DemandId == m.DemandId)
            )
        )
        {
            Withdraw(dropped, DroppedOnChange, now);
        }
    }

    private void Withdraw(Match match, string reason, DateTimeOffset now)
    {
        match.Withdraw(reason, now.UtcDateTime);
        db.AddIntegrationEvent(
            new MatchWithdrawn(Guid.CreateVersion7(), now, MatchingEvents.Producer, match.Id, reason)
        );
    }
}
