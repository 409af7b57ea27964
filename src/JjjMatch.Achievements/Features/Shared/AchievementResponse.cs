using JjjMatch.Achievements.Domain;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Features.Shared;

/// <summary>
/// What anyone may see of an achievement: no contact, no owner account. <see cref="Contact"/> is filled only on
/// GET /api/achievements/{id} for organisations an accepted match introduced (see docs/workbench.md); the owner has its
/// /mine view.
/// </summary>
public sealed record AchievementResponse(
    Guid Id,
    string Title,
    string Summary,
    IReadOnlyList<string> Keywords,
    string Industry,
    string? TechnologyField,
    Maturity Maturity,
    IReadOnlyList<Patent> Patents,
    CooperationModes TransferModes,
    PriceRange AskingPrice,
    string OwnerInstitution,
    Region Region,
    AchievementStatus Status,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? PublishedAt,
    int Version,
    Contact? Contact = null,
    bool OwnerSuspended = false
)
{
    public static AchievementResponse From(Achievement a) =>
        new(
            a.Id,
            a.Title,
            a.Summary,
            a.Keywords,
            a.Industry,
            a.TechnologyField,
            a.Maturity,
            a.Patents,
            a.TransferModes,
            a.AskingPrice,
            a.OwnerInstitution,
            a.Region,
            a.Status,
            a.CreatedAt,
            a.UpdatedAt,
            a.PublishedAt,
            a.Version,
            OwnerSuspended: a.OwnerSuspended
        );
}
