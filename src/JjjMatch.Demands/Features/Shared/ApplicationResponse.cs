using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

/// <summary>
/// An application as the demand's enterprise and the applicant see it (nobody else sees an application at all), with
/// the applicant's contact: applying is the applicant reaching out to that enterprise.
/// </summary>
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
    int Version,
    Contact Contact
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
            a.Version,
            a.Contact
        );
}
