using System.Linq.Expressions;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Persistence;
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
/// Replicas refresh side by side: a pair is stored once (a unique index on achievement and demand; the replica that
/// loses the insert draws again and finds it there), and a pair suggested while one of its listings leaves the market
/// is withdrawn by whichever of the two writers looks last: each commits its own change before it reads the other's.
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

    public const string LeftWhileSuggested = "a listing left the market as the pair was suggested";

    // Each attempt lost a race to another replica's write of the same rows; the next one starts from what it wrote.
    private const int Attempts = 5;

    public Task RefreshAsync(ListingKind kind, Guid id, CancellationToken cancellationToken) =>
        kind == ListingKind.Achievement
            ? RefreshAchievementAsync(id, cancellationToken)
            : RefreshDemandAsync(id, cancellationToken);

    public Task RefreshDemandAsync(Guid id, CancellationToken cancellationToken) =>
        RefreshListingAsync(
            async () =>
            {
                if (
                    await db.Demands.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
                        is not { IsOpen: true } listing
                    || await IsSuspendedAsync(listing.OwnerId, cancellationToken)
                )
                {
                    return [];
                }

                listing.ComparedAgainst(await index.CountAsync(ListingKind.Achievement, cancellationToken));
                var found = await finder.FindAchievementsForAsync(
                    listing.ToProfile(),
                    options.Value.TopK,
                    cancellationToken
                );
                var held = await SuspendedAsync(
                    ListingKind.Achievement,
                    found.Select(f => f.AchievementId),
                    cancellationToken
                );
                return await ApplyAsync(
                    found,
                    MatchOrigin.Demand,
                    m => m.DemandId == id,
                    f => held.Contains(f.AchievementId),
                    cancellationToken
                );
            },
            cancellationToken
        );

    public Task RefreshAchievementAsync(Guid id, CancellationToken cancellationToken) =>
        RefreshListingAsync(
            async () =>
            {
                if (
                    await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
                        is not { IsActive: true } listing
                    || await IsSuspendedAsync(listing.OwnerId, cancellationToken)
                )
                {
                    return [];
                }

                listing.ComparedAgainst(await index.CountAsync(ListingKind.Demand, cancellationToken));
                var found = await finder.FindDemandsForAsync(
                    listing.ToProfile(),
                    options.Value.TopK,
                    cancellationToken
                );
                var held = await SuspendedAsync(ListingKind.Demand, found.Select(f => f.DemandId), cancellationToken);
                return await ApplyAsync(
                    found,
                    MatchOrigin.Achievement,
                    m => m.AchievementId == id,
                    f => held.Contains(f.DemandId),
                    cancellationToken
                );
            },
            cancellationToken
        );

    /// <summary>
    /// A listing left the market: none of its pending suggestions is worth reviewing any more, claimed ones included.
    /// Accepted and rejected pairs are decisions already made and stay as they are. Runs after the copy's leaving is
    /// committed, and does nothing while the copy is in the market.
    /// </summary>
    public Task WithdrawIfLeftAsync(
        ListingKind kind,
        Guid listingId,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var ofListing =
            kind == ListingKind.Achievement
                ? db.Matches.Where(m =>
                    m.AchievementId == listingId && db.Achievements.Any(a => a.Id == listingId && !a.IsActive)
                )
                : db.Matches.Where(m => m.DemandId == listingId && db.Demands.Any(d => d.Id == listingId && !d.IsOpen));
        return WithdrawPendingAsync(ofListing, reason, cancellationToken);
    }

    private async Task RefreshListingAsync(Func<Task<List<Guid>>> refresh, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                var suggested = await refresh();
                await db.SaveChangesAsync(cancellationToken);
                JjjMetrics.SuggestionsMade.Add(suggested.Count);
                if (suggested.Count > 0)
                {
                    // A listing may have left while these pairs were drawn: its leaving found them pending, or they are
                    // withdrawn here.
                    await WithdrawPendingAsync(
                        db.Matches.Where(m =>
                            suggested.Contains(m.Id)
                            && (
                                !db.Achievements.Any(a => a.Id == m.AchievementId && a.IsActive)
                                || !db.Demands.Any(d => d.Id == m.DemandId && d.IsOpen)
                            )
                        ),
                        LeftWhileSuggested,
                        cancellationToken
                    );
                }

                return;
            }
            catch (DbUpdateException exception)
                when (attempt < Attempts && (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation())
                )
            {
                // Another replica stored the same pair or changed the listing meanwhile: draw again from what it wrote.
            }
        }
    }

    private async Task WithdrawPendingAsync(
        IQueryable<Match> matches,
        string reason,
        CancellationToken cancellationToken
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            var pending = await matches
                .Where(m => m.Status == MatchStatus.Suggested || m.Status == MatchStatus.Claimed)
                .ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var match in pending)
            {
                Withdraw(match, reason, now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // A broker's step or the other writer's withdrawal came first; read the pairs again.
            }
        }
    }

    /// <returns>The pairs this refresh suggested (new, or withdrawn before and suggested again).</returns>
    private async Task<List<Guid>> ApplyAsync(
        IReadOnlyList<ScoredMatch> found,
        MatchOrigin origin,
        Expression<Func<Match, bool>> ofListing,
        Func<ScoredMatch, bool> ownerSuspended,
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
        var suggested = new List<Guid>();
        foreach (var candidate in best)
        {
            var match = known.FirstOrDefault(m =>
                m.AchievementId == candidate.AchievementId && m.DemandId == candidate.DemandId
            );
            if (match is null && ownerSuspended(candidate))
            {
                continue; // no new pair with a suspended organisation's listing (docs/accounts.md)
            }

            if (match is null)
            {
                match = Match.Suggest(candidate, origin, now.UtcDateTime);
                db.Matches.Add(match);
                db.AddIntegrationEvent(match.ToSuggestedEvent(now));
                suggested.Add(match.Id);
            }
            else if (match.Status == MatchStatus.Withdrawn && !ownerSuspended(candidate))
            {
                match.SuggestAgain(candidate.Score, origin, now.UtcDateTime);
                db.AddIntegrationEvent(match.ToSuggestedEvent(now));
                suggested.Add(match.Id);
            }
            else if (match.IsPending)
            {
                var previous = match.Score;
                match.Rescore(candidate.Score, now.UtcDateTime);
                // Scores drift a little whenever the market around a pair moves: only a real change is told.
                if (Math.Abs(match.Score - previous) >= settings.RescoreEventStep)
                {
                    db.AddIntegrationEvent(match.ToRescoredEvent(previous, now));
                }
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

        return suggested;
    }

    private Task<bool> IsSuspendedAsync(Guid owner, CancellationToken cancellationToken) =>
        db.SuspendedOrganisations.AnyAsync(s => s.OrganisationId == owner, cancellationToken);

    /// <summary>Which of these listings belong to a suspended organisation.</summary>
    private async Task<HashSet<Guid>> SuspendedAsync(
        ListingKind kind,
        IEnumerable<Guid> listingIds,
        CancellationToken cancellationToken
    )
    {
        var ids = listingIds.Distinct().ToList();
        var suspended = db.SuspendedOrganisations.Select(s => s.OrganisationId);
        var held =
            kind == ListingKind.Achievement
                ? db.Achievements.Where(a => ids.Contains(a.Id) && suspended.Contains(a.OwnerId)).Select(a => a.Id)
                : db.Demands.Where(d => ids.Contains(d.Id) && suspended.Contains(d.OwnerId)).Select(d => d.Id);
        return [.. await held.ToListAsync(cancellationToken)];
    }

    private void Withdraw(Match match, string reason, DateTimeOffset now)
    {
        match.Withdraw(reason, now.UtcDateTime);
        db.AddIntegrationEvent(
            new MatchWithdrawn(Guid.CreateVersion7(), now, MatchingEvents.Producer, match.Id, reason)
        );
    }
}
