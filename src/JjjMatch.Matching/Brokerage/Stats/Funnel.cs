using FluentValidation;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Stats;

/// <summary>
/// GET /api/stats/funnel. basis=activity (default): distinct matches reaching each stage within the period.
/// basis=cohort: the matches suggested in the period, and how many of them reached each later stage by the end of the
/// range.
/// </summary>
public sealed record GetFunnel(string? From, string? To, string? GroupBy, string? Basis)
    : IRequest<StatsResponse<FunnelFigures>>,
        IStatsQuery;

public sealed record FunnelFigures(
    string Period,
    int AchievementsPublished,
    int DemandsOpened,
    int Suggested,
    int Claimed,
    int Accepted,
    int Deals,
    FunnelRates Rates
);

/// <summary>
/// claimed / suggested, accepted / claimed, deals / accepted, deals / suggested; null when nothing to divide by.
/// </summary>
public sealed record FunnelRates(double? Claimed, double? Accepted, double? Deal, double? Overall);

public sealed class GetFunnelValidator : StatsQueryValidator<GetFunnel>
{
    public GetFunnelValidator() =>
        RuleFor(q => q.Basis)
            .Must(b => b is null || b.ToLowerInvariant() is "activity" or "cohort")
            .WithMessage("Use basis=activity or basis=cohort / 口径须为 activity 或 cohort.");
}

public sealed class GetFunnelHandler(MatchingDbContext db, TimeProvider time)
    : IRequestHandler<GetFunnel, StatsResponse<FunnelFigures>>
{
    private enum Stage
    {
        AchievementPublished,
        DemandOpened,
        Suggested,
        Claimed,
        Accepted,
        Deal,
    }

    public async Task<StatsResponse<FunnelFigures>> Handle(GetFunnel query, CancellationToken cancellationToken)
    {
        var range = StatsRange.Of(query);
        var cohort = string.Equals(query.Basis, "cohort", StringComparison.OrdinalIgnoreCase);
        var asOf = range.EndUtc ?? time.GetUtcNow().UtcDateTime.AddTicks(1);
        var steps = new List<Step>();
        foreach (var m in await MatchTimelines.LoadAsync(db, cancellationToken))
        {
            var accepted = m.Status == MatchStatus.Accepted ? m.DecidedAt : null;
            foreach (
                var (stage, at) in new[]
                {
                    (Stage.Suggested, m.SuggestedAt),
                    (Stage.Claimed, m.ClaimedAt),
                    (Stage.Accepted, accepted),
                    (Stage.Deal, m.DealAt),
                }
            )
            {
                var step = cohort ? Cohort(m, stage, at, range, asOf) : Activity(m.MatchId, stage, at, range);
                if (step is not null)
                {
                    steps.Add(step);
                }
            }
        }

        var listings = await db
            .MarketEvents.AsNoTracking()
            .Where(e => e.Type == "AchievementPublished" || e.Type == "DemandOpened")
            .Select(e => new
            {
                e.ListingId,
                e.Type,
                e.OccurredAt,
            })
            .ToListAsync(cancellationToken);
        steps.AddRange(
            listings
                .Select(e =>
                    Activity(
                        e.ListingId,
                        e.Type == "DemandOpened" ? Stage.DemandOpened : Stage.AchievementPublished,
                        e.OccurredAt,
                        range
                    )
                )
                .OfType<Step>()
        );
        return range.Respond(steps, s => range.PeriodOf(s.GroupAt), Figures);
    }

    private static Step? Activity(Guid id, Stage stage, DateTime? at, StatsRange range) =>
        range.Contains(at) ? new Step(id, stage, at!.Value) : null;

    private static Step? Cohort(MatchTimeline m, Stage stage, DateTime? at, StatsRange range, DateTime asOf) =>
        range.Contains(m.SuggestedAt) && at is { } reached && reached < asOf
            ? new Step(m.MatchId, stage, m.SuggestedAt)
            : null;

    private static FunnelFigures Figures(string period, IReadOnlyList<Step> steps)
    {
        int Count(Stage stage) => steps.Where(s => s.Stage == stage).Select(s => s.Id).Distinct().Count();
        var (suggested, claimed, accepted, deals) = (
            Count(Stage.Suggested),
            Count(Stage.Claimed),
            Count(Stage.Accepted),
            Count(Stage.Deal)
        );
        return new FunnelFigures(
            period,
            Count(Stage.AchievementPublished),
            Count(Stage.DemandOpened),
            suggested,
            claimed,
            accepted,
            deals,
            new FunnelRates(
                StatsRange.Rate(claimed, suggested),
                StatsRange.Rate(accepted, claimed),
                StatsRange.Rate(deals, accepted),
                StatsRange.Rate(deals, suggested)
            )
        );
    }

    /// <summary>One match (or listing) reaching one stage; <see cref="GroupAt"/> decides its period.</summary>
    private sealed record Step(Guid Id, Stage Stage, DateTime GroupAt);
}
