using JjjMatch.Achievements.Domain;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Features.Shared;

/// <summary>
/// The body of create and update. Everything is nullable so that a missing field is reported by name.
/// </summary>
public sealed record AchievementInput(
    string? Title,
    string? Summary,
    IReadOnlyList<string>? Keywords,
    string? Industry,
    string? TechnologyField,
    Maturity? Maturity,
    IReadOnlyList<Patent>? Patents,
    CooperationModes? TransferModes,
    PriceRange? AskingPrice,
    string? OwnerInstitution,
    Region? Region,
    Contact? Contact
)
{
    /// <summary>Only called after validation, which guarantees the required parts.</summary>
    public AchievementDetails ToDetails() =>
        new(
            Title!,
            Summary!,
            Keywords!,
            Industry!,
            TechnologyField,
            Maturity!,
            Patents ?? [],
            TransferModes!.Value,
            AskingPrice ?? PriceRange.Negotiable,
            OwnerInstitution!,
            Region!,
            Contact!
        );
}
