using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Matching.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Features.Matches;

/// <summary>Suggestions for one demand or one achievement, best first (GET /api/matches).</summary>
public sealed record ListMatches(Guid? DemandId, Guid? AchievementId, string? Status, int? Page, int? PageSize)
    : IRequest<Paged<MatchResponse>>;

public sealed record GetMatch(Guid Id) : IRequest<MatchResponse>;

public sealed class ListMatchesValidator : AbstractValidator<ListMatches>
{
    public ListMatchesValidator()
    {
        RuleFor(q => q.DemandId).NotNull().When(q => q.AchievementId is null)
            .WithMessage("Name a demandId or an achievementId / 请指定需求或成果.");
        RuleFor(q => q.Status).IsEnumName<ListMatches, MatchStatus>();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
    }
}

public sealed class MatchQueriesHandler(MatchingDbContext db) : IRequestHandler<ListMatches, Paged<MatchResponse>>, IRequestHandler<GetMatch, MatchResponse>
{
    public async Task<Paged<MatchResponse>> Handle(ListMatches q, CancellationToken cancellationToken)
    {
        var status = EnumRules.Parse<MatchStatus>(q.Status) ?? MatchStatus.Suggested;
        var matches = db.Matches.AsNoTracking().Where(m => m.Status == status);
        if (q.DemandId is { } demandId)
        {
            matches = matches.Where(m => m.DemandId == demandId);
        }

        if (q.AchievementId is { } achievementId)
        {
            matches = matches.Where(m => m.AchievementId == achievementId);
        }

        var page = q.Page ?? 1;
        var pageSize = Paging.Cap(q.PageSize);
        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderByDescending(m => m.Score).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<MatchResponse>(await WithTitlesAsync(items, cancellationToken), page, pageSize, total);
    }

    public async Task<MatchResponse> Handle(GetMatch request, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Match", request.Id);
        return (await WithTitlesAsync([match], cancellationToken))[0];
    }

    private async Task<List<MatchResponse>> WithTitlesAsync(List<Match> matches, CancellationToken cancellationToken)
    {
        var achievementIds = matches.Select(m => m.AchievementId).Distinct().ToList();
        var demandIds = matches.Select(m => m.DemandId).Distinct().ToList();
        var achievements = (await db.Achievements.AsNoTracking().Where(a => achievementIds.Contains(a.Id)).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => a.Snapshot.Title);
        var demands = (await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id)).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Id, d => d.Snapshot.Title);
        return matches.Select(m => new MatchResponse(
            m.Id, m.AchievementId, achievements.GetValueOrDefault(m.AchievementId), m.DemandId, demands.GetValueOrDefault(m.DemandId),
            m.Score, m.Factors, m.MatchedTerms, m.Status, m.WithdrawnReason, m.SuggestedAt, m.UpdatedAt)).ToList();
    }
}
