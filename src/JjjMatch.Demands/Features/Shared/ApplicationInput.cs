using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

/// <summary>
/// The body of an application (揭榜): who applies, the proposal, and whom the enterprise reaches about it. Nullable
/// so a missing field is reported by name.
/// </summary>
public sealed record ApplicationInput(
    string? ApplicantOrganisation,
    string? ApproachSummary,
    string? Team,
    IReadOnlyList<Milestone>? Milestones,
    decimal? Price,
    int? DurationMonths,
    Contact? Contact
)
{
    /// <summary>Only called after validation, which guarantees the required parts.</summary>
    public Proposal ToProposal() => new(ApproachSummary!, Team!, Milestones!, Price!.Value, DurationMonths!.Value);
}
