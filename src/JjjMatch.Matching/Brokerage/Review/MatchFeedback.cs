using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// Every broker decision on the caller's own listings, newest first (GET /api/matches/feedback, 对接反馈).
/// </summary>
public sealed record ListMatchFeedback(int? Page, int? PageSize) : IRequest<Paged<FeedbackItem>>, IPagedQuery;

/// <summary>
/// A decision on a pair one of whose listings the caller owns; <c>MySide</c> says which (achievement or demand).
/// </summary>
public sealed record FeedbackItem(
    Guid MatchId,
    string MySide,
    Guid AchievementId,
    string AchievementTitle,
    Guid DemandId,
    string DemandTitle,
    MatchDecisionResponse Decision
);

public sealed class ListMatchFeedbackValidator : AbstractValidator<ListMatchFeedback>
{
    public ListMatchFeedbackValidator() => this.AddPagingRules();
}

public sealed class ListMatchFeedbackHandler(MatchingDbContext db, CurrentUser user)
    : IRequestHandler<ListMatchFeedback, Paged<FeedbackItem>>
{
    public async Task<Paged<FeedbackItem>> Handle(ListMatchFeedback q, CancellationToken cancellationToken)
    {
        var page = q.Page ?? 1;
        var size = Paging.Cap(q.PageSize);
        var org = user.RequiredOrganisationId;
        // Only pairs a broker has touched can have feedback, and only the caller's own listings' pairs are theirs.
        var reviewed = await db.WithFacts(
                db.Matches.AsNoTracking().Where(m => db.MatchDecisions.Any(d => d.MatchId == m.Id))
            )
            .Where(p => p.AchievementOwnerId == org || p.DemandOwnerId == org)
            .Select(p => new
            {
                p.MatchId,
                p.AchievementId,
                p.DemandId,
                p.AchievementOwnerId,
            })
            .ToListAsync(cancellationToken);
        var listings = await ReviewListings.LoadAsync(
            db,
            reviewed.Select(m => m.AchievementId),
            reviewed.Select(m => m.DemandId),
            cancellationToken
        );
        var mine = reviewed.ToDictionary(
            m => m.MatchId,
            m =>
                (
                    Side: m.AchievementOwnerId == org ? "achievement" : "demand",
                    A: listings.Achievements[m.AchievementId],
                    D: listings.Demands[m.DemandId]
                )
        );

        var ids = mine.Keys.ToList();
        var decisions = await db
            .MatchDecisions.AsNoTracking()
            .Where(d => ids.Contains(d.MatchId))
            .ToListAsync(cancellationToken);
        var items = decisions
            .OrderByDescending(d => d.At)
            .ThenByDescending(d => d.Id)
            .Select(d =>
            {
                var (side, achievement, demand) = mine[d.MatchId];
                return new FeedbackItem(
                    d.MatchId,
                    side,
                    achievement.Id,
                    achievement.Title,
                    demand.Id,
                    demand.Title,
                    MatchDecisionResponse.From(d)
                );
            })
            .ToList();
        return new Paged<FeedbackItem>(
            items.Skip(Paging.Offset(page, size)).Take(size).ToList(),
            page,
            size,
            items.Count
        );
    }
}
