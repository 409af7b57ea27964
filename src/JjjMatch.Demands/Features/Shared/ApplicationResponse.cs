using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

/// <summary>An application as the demand's enterprise sees it.</summary>
public sealed record ApplicationResponse(
    Guid Id,
    Guid DemandId,
    string ApplicantOrganisation,
    string ApproachSummary,
    string Team,
    IReadOnlyList<Milestone> Milestones,
    decimal Price,
    int DurationMonths,
    ApplicationStatus Status,
    DateTime SubmittedAt,
    DateTime UpdatedAt,
    int Version
)
{
    public static ApplicationResponse From(DemandApplication a) =>
        new(
            a.Id,
            a.DemandId,
            a.ApplicantOrganisation,
            a.ApproachSummary,
            a.Team,
            a.Milestones,
            a.Price,
            a.DurationMonths,
            a.Status,
            a.SubmittedAt,
            a.UpdatedAt,
            a.Version
        );
}
