using JjjMatch.Achievements.Domain;
using JjjMatch.Contracts.Achievements;

namespace JjjMatch.Achievements.Features.Shared;

internal static class AchievementEvents
{
    public const string Producer = "achievements";

    public static AchievementSnapshot Snapshot(Achievement a) =>
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
            a.OwnerId,
            a.Region,
            a.Status.ToString(),
            new DateTimeOffset(a.UpdatedAt),
            a.Version
        );
}
