using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Matching.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Features.Review;

/// <summary>Every broker decision on the caller's own listings, newest first (GET /api/matches/feedback, 对接反馈).</summary>
public sealed record ListMatchFeedback(int? Page, int? PageSize) : IRequest<Paged<FeedbackItem>>;

/// <summary>A decision on a pair one of whose listings the caller owns; <c>MySide</c> says which (achievement or demand).</summary>
public sealed record FeedbackItem(
    Guid MatchId,
    string MySide,
    Guid AchievementId,
    string AchievementTitle,
    Guid DemandId,
    string DemandTitle,
    MatchDecisionResponse Decision);

public sealed class ListMatchFeedbackValidator : AbstractValidator<ListMatchFeedback>
{
    public ListMatchFeedbackValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1).When(q => q.PageSize is not null);
    }
}

public sealed class ListMatchFeedbackHandler(MatchingDbContext db, CurrentUser user) : IRequestHandler<ListMatchFeedback, Paged<FeedbackItem>>
{
    public async Task<Paged<FeedbackItem>> Handle(ListMatchFeedback q, CancellationToken cancellationToken)
    {
        var page = q.Page ?? 1;
        var size = Paging.Cap(q.PageSize);
        // Only pairs a broker has touched can have feedback; their listings are few next to the whole market.
        var reviewed = await db.Matches.AsNoTracking()
            .Where(m => db.MatchDecisions.Any(d => d.MatchId == m.Id))
            .Select(m => new { m.Id, m.AchievementId, m.DemandId })
            .ToListAsync(cancellationToken);
        var listings = await ReviewListings.LoadAsync(db, reviewed.Select(m => m.AchievementId), reviewed.Select(m => m.DemandId), cancellationToken);
        var org = user.OrganisationId;
        var mine = new Dictionary<Guid, (string Side, Contracts.Achievements.AchievementSnapshot A, Contracts.Demands.DemandSnapshot D)>();
        foreach (var m in reviewed)
        {
            if (listings.TryGet(m.AchievementId, m.DemandId, out var a, out var d) && (a.OwnerId == org || d.OwnerId == org))
            {
                mine[m.Id] = (a.OwnerId == org ? "achievement" : "demand", a, d);
            }
        }

        var ids = mine.Keys.ToList();
        var decisions = await db.MatchDecisions.AsNoTracking().Where(d => ids.Contains(d.MatchId)).ToListAsync(cancellationToken);
        var items = decisions.OrderByDescending(d => d.At).ThenByDescending(d => d.Id)
            .Select(d =>
            {
                var (side, achievement, demand) = mine[d.MatchId];
                return new FeedbackItem(d.MatchId, side, achievement.Id, achievement.Title, demand.Id, demand.Title, MatchDecisionResponse.From(d));
            })
            .ToList();
        return new Paged<FeedbackItem>(items.Skip((page - 1) * size).Take(size).ToList(), page, size, items.Count);
    }
}
