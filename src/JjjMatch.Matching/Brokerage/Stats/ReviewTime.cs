using JjjMatch.Matching.Persistence;
using MediatR;

namespace JjjMatch.Matching.Brokerage.Stats;

/// <summary>
/// GET /api/stats/review-time: hours from suggestion to the broker's accept or reject, for matches decided in the
/// period.
/// </summary>
public sealed record GetReviewTime(string? From, string? To, string? GroupBy)
    : IRequest<StatsResponse<ReviewTimeFigures>>,
        IStatsQuery;

public sealed record ReviewTimeFigures(string Period, int Decided, double? MedianHours);

public sealed class GetReviewTimeValidator : StatsQueryValidator<GetReviewTime>;

public sealed class GetReviewTimeHandler(MatchingDbContext db)
    : IRequestHandler<GetReviewTime, StatsResponse<ReviewTimeFigures>>
{
    public async Task<StatsResponse<ReviewTimeFigures>> Handle(GetReviewTime query, CancellationToken cancellationToken)
    {
        var range = StatsRange.Of(query);
        var decided = (await MatchTimelines.LoadAsync(db, cancellationToken))
            .Where(m => range.Contains(m.DecidedAt))
            .ToList();
        return range.Respond(
            decided,
            m => range.PeriodOf(m.DecidedAt!.Value),
            (period, matches) =>
                new ReviewTimeFigures(
                    period,
                    matches.Count,
                    Median(matches.Select(m => (m.DecidedAt!.Value - m.SuggestedAt).TotalHours).ToList())
                )
        );
    }

    /// <summary>The middle value, or the mean of the two middle values of an even count; rounded to 0.01 h.</summary>
    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return Math.Round(median, 2);
    }
}
