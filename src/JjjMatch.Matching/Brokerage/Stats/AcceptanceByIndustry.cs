using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Stats;

/// <summary>
/// GET /api/stats/acceptance: of the matches decided (accepted or rejected) in the period, the share accepted, per
/// industry
/// of the achievement (its top-level 大类: 电子信息-人工智能 counts under 电子信息).
/// </summary>
public sealed record GetAcceptance(string? From, string? To, string? GroupBy)
    : IRequest<StatsResponse<AcceptanceFigures>>,
        IStatsQuery;

public sealed record AcceptanceFigures(
    string Period,
    int Decided,
    int Accepted,
    double? Rate,
    IReadOnlyList<IndustryAcceptance> Industries
);

public sealed record IndustryAcceptance(
    string Industry,
    string? IndustryEnglish,
    int Decided,
    int Accepted,
    double? Rate
);

public sealed class GetAcceptanceValidator : StatsQueryValidator<GetAcceptance>;

public sealed class GetAcceptanceHandler(MatchingDbContext db)
    : IRequestHandler<GetAcceptance, StatsResponse<AcceptanceFigures>>
{
    public async Task<StatsResponse<AcceptanceFigures>> Handle(GetAcceptance query, CancellationToken cancellationToken)
    {
        var range = StatsRange.Of(query);
        var decided = (await MatchTimelines.LoadAsync(db, cancellationToken))
            .Where(m => m.Status is MatchStatus.Accepted or MatchStatus.Rejected && range.Contains(m.DecidedAt))
            .ToList();
        var achievementIds = decided.Select(m => m.AchievementId).Distinct().ToList();
        var industries = await db
            .Achievements.Where(a => achievementIds.Contains(a.Id))
            .Select(a => new { a.Id, a.IndustryParent })
            .ToDictionaryAsync(
                a => a.Id,
                a => a.IndustryParent.Length > 0 ? a.IndustryParent : Industries.Other,
                cancellationToken
            );
        return range.Respond(
            decided,
            m => range.PeriodOf(m.DecidedAt!.Value),
            (period, matches) =>
            {
                var byIndustry = matches
                    .GroupBy(m => industries.GetValueOrDefault(m.AchievementId, Industries.Other))
                    .Select(g => Figures(g.Key, g.ToList()))
                    .OrderByDescending(i => i.Decided)
                    .ThenBy(i => i.Industry, StringComparer.Ordinal)
                    .ToList();
                var accepted = matches.Count(m => m.Status == MatchStatus.Accepted);
                return new AcceptanceFigures(
                    period,
                    matches.Count,
                    accepted,
                    StatsRange.Rate(accepted, matches.Count),
                    byIndustry
                );
            }
        );
    }

    private static IndustryAcceptance Figures(string industry, List<MatchTimeline> matches)
    {
        var accepted = matches.Count(m => m.Status == MatchStatus.Accepted);
        return new IndustryAcceptance(
            industry,
            Industries.Find(industry)?.English,
            matches.Count,
            accepted,
            StatsRange.Rate(accepted, matches.Count)
        );
    }
}
