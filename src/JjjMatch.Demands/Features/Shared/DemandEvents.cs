using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

internal static class DemandEvents
{
    public const string Producer = "demands";

    /// <summary>The public face of the demand: no contact, and no enterprise name while it is anonymous.</summary>
    public static DemandSnapshot Snapshot(Demand d) =>
        new(
            d.Id,
            d.Title,
            d.ProblemDescription,
            d.ExpectedOutcome,
            d.Industry,
            d.MinimumMaturity,
            d.Bounty,
            new DateTimeOffset(d.Deadline),
            d.Region,
            d.CooperationModes,
            d.Anonymous,
            d.PublicEnterpriseName,
            d.OwnerId,
            d.Status.ToString(),
            new DateTimeOffset(d.UpdatedAt),
            d.Version
        );

    /// <summary>The applications the closure declined just now are named, so their applicants can be told.</summary>
    public static DemandClosed Closed(Demand d, DemandCloseReason reason, DateTimeOffset now) =>
        new(
            Guid.CreateVersion7(),
            now,
            Producer,
            d.Id,
            reason,
            Snapshot(d),
            [
                .. d
                    .Applications.Where(a => a.Status == ApplicationStatus.Declined && a.UpdatedAt == now.UtcDateTime)
                    .Select(a => a.ApplicantId)
                    .Distinct(),
            ]
        );
}
