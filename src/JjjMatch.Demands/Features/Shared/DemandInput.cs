using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

/// <summary>
/// The body of create and update. Everything is nullable so that a missing field is reported by name.
/// </summary>
public sealed record DemandInput(
    string? Title,
    string? ProblemDescription,
    string? ExpectedOutcome,
    string? Industry,
    Maturity? MinimumMaturity,
    PriceRange? Bounty,
    DateOnly? Deadline,
    Region? Region,
    CooperationModes? CooperationModes,
    bool? Anonymous,
    string? EnterpriseName,
    Contact? Contact
)
{
    /// <summary>Only called after validation, which guarantees the required parts.</summary>
    public DemandDetails ToDetails() =>
        new(
            Title!,
            ProblemDescription!,
            ExpectedOutcome!,
            Industry!,
            MinimumMaturity,
            Bounty ?? PriceRange.Negotiable,
            BeijingTime.EndOf(Deadline!.Value),
            Region!,
            CooperationModes!.Value,
            Anonymous ?? false,
            EnterpriseName!,
            Contact!
        );
}
