using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// The side searched follows from the role: an enterprise looks for achievements, a university for demands; a broker
/// (or the operator) names it.
/// </summary>
public static class SavedSearchSide
{
    public static string? Of(CurrentUser user) =>
        user.Role switch
        {
            Roles.Enterprise => SavedSearchSides.Achievements,
            Roles.University => SavedSearchSides.Demands,
            _ => null,
        };

    public static string Resolve(CurrentUser user, string? requested) => Of(user) ?? requested!.ToLowerInvariant();

    public static bool IsValid(CurrentUser user, string? requested) =>
        Of(user) is { } fixedSide
            ? requested is null || requested.Equals(fixedSide, StringComparison.OrdinalIgnoreCase)
            : requested is not null
                && (
                    requested.Equals(SavedSearchSides.Achievements, StringComparison.OrdinalIgnoreCase)
                    || requested.Equals(SavedSearchSides.Demands, StringComparison.OrdinalIgnoreCase)
                );
}
