using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Brokerage.Deals;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Stats;

/// <summary>
/// GET /api/stats/contract-value: deals signed in the period, summed per region pair (seller's province → buyer's
/// province),
/// e.g. beijing → hebei, the cross-region flow the region's reports quote.
/// </summary>
public sealed record GetContractValue(string? From, string? To, string? GroupBy)
    : IRequest<StatsResponse<ContractValueFigures>>,
        IStatsQuery;

public sealed record ContractValueFigures(
    string Period,
    int Count,
    decimal Amount,
    decimal TechnologyAmount,
    IReadOnlyList<RegionPairValue> Pairs
);

public sealed record RegionPairValue(
    Province Seller,
    Province Buyer,
    string Label,
    string LabelEnglish,
    int Count,
    decimal Amount,
    decimal TechnologyAmount
);

public sealed class GetContractValueValidator : StatsQueryValidator<GetContractValue>;

public sealed class GetContractValueHandler(MatchingDbContext db)
    : IRequestHandler<GetContractValue, StatsResponse<ContractValueFigures>>
{
    public async Task<StatsResponse<ContractValueFigures>> Handle(
        GetContractValue query,
        CancellationToken cancellationToken
    )
    {
        var range = StatsRange.Of(query);
        var deals = await db.Deals.AsNoTracking().SignedBetween(range.From, range.To).ToListAsync(cancellationToken);
        return range.Respond(
            deals,
            d => range.PeriodOf(d.SignedOn),
            (period, signed) =>
                new ContractValueFigures(
                    period,
                    signed.Count,
                    signed.Sum(d => d.Amount),
                    signed.Sum(d => d.TechnologyAmount),
                    signed
                        .GroupBy(d => (d.SellerProvince, d.BuyerProvince))
                        .Select(g => new RegionPairValue(
                            g.Key.SellerProvince,
                            g.Key.BuyerProvince,
                            $"{g.Key.SellerProvince.ChineseName()}→{g.Key.BuyerProvince.ChineseName()}",
                            $"{g.Key.SellerProvince} → {g.Key.BuyerProvince}",
                            g.Count(),
                            g.Sum(d => d.Amount),
                            g.Sum(d => d.TechnologyAmount)
                        ))
                        .OrderByDescending(p => p.Amount)
                        .ThenBy(p => p.Seller)
                        .ThenBy(p => p.Buyer)
                        .ToList()
                )
        );
    }
}
