using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

/// <summary>
/// What anyone may see of a demand: no contact, no owner account, and no enterprise name while it is anonymous.
/// The status is the one at the time of the request, so a demand past its deadline already reads as expired.
/// <see cref="Contact"/> (and the name while anonymous) only on GET /api/demands/{id}, for organisations an accepted
/// match
/// introduced (see docs/workbench.md); the owner has its /mine view. <see cref="Deadline"/> is the last Beijing day of
/// applications; <see cref="ClosesAt"/> the UTC instant the list closes (the end of that day in Beijing).
/// </summary>
public sealed record DemandResponse(
    Guid Id,
    string Title,
    string ProblemDescription,
    string ExpectedOutcome,
    string Industry,
    Maturity? MinimumMaturity,
    PriceRange Bounty,
    DateOnly Deadline,
    DateTime ClosesAt,
    Region Region,
    CooperationModes CooperationModes,
    bool Anonymous,
    string? EnterpriseName,
    DemandStatus Status,
    int ApplicationCount,
    Guid? AwardedApplicationId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? OpenedAt,
    DateTime? AwardedAt,
    DateTime? ClosedAt,
    int Version,
    Contact? Contact = null,
    bool OwnerSuspended = false
)
{
    public static DemandResponse From(Demand d, DateTime now) =>
        new(
            d.Id,
            d.Title,
            d.ProblemDescription,
            d.ExpectedOutcome,
            d.Industry,
            d.MinimumMaturity,
            d.Bounty,
            BeijingTime.LastDayBefore(d.Deadline),
            d.Deadline,
            d.Region,
            d.CooperationModes,
            d.Anonymous,
            d.PublicEnterpriseName,
            d.StatusAt(now),
            d.ApplicationCount,
            d.AwardedApplicationId,
            d.CreatedAt,
            d.UpdatedAt,
            d.OpenedAt,
            d.AwardedAt,
            d.ClosedAt,
            d.Version,
            OwnerSuspended: d.OwnerSuspended
        );
}
