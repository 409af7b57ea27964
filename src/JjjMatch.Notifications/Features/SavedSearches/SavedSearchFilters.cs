using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Notifications.Features.Listings;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// A saved search's list filters, read as the list endpoints read them: an industry includes its sub-industries; a
/// price range keeps the listings whose range overlaps it (a negotiable price names none); for demands,
/// <see cref="MaturityMin"/> is the searcher's own TRL, which the demand's minimum must not exceed.
/// </summary>
public sealed record SavedSearchFilters(
    string ListingSide,
    string? Industry,
    string? Province,
    string? City,
    int? MaturityMin,
    int? MaturityMax,
    decimal? PriceMin,
    decimal? PriceMax,
    CooperationModes Mode
)
{
    public static SavedSearchFilters Of(SavedSearch s) =>
        new(
            s.Side == SavedSearchSides.Achievements ? ListingCopy.Achievement : ListingCopy.Demand,
            s.Industry,
            ApiNames.Normalise<Province>(s.Province),
            s.City,
            s.MaturityMin,
            s.MaturityMax,
            s.PriceMin,
            s.PriceMax,
            EnumRules.Parse<CooperationModes>(s.CooperationMode) ?? CooperationModes.None
        );

    public bool Admit(ListingCopy l) =>
        l.Side == ListingSide
        && (
            Industry is null
            || l.Industry == Industry
            || l.Industry.StartsWith(Industry + "-", StringComparison.Ordinal)
        )
        // Both sides are in the API's form (beijing); the case is ignored for copies stored before it (Beijing).
        && (Province is null || string.Equals(l.Province, Province, StringComparison.OrdinalIgnoreCase))
        && (City is null || l.City == City)
        && MaturityFits(l)
        && PriceFits(l)
        && (Mode == CooperationModes.None || ((CooperationModes)l.Modes & Mode) != CooperationModes.None);

    private bool MaturityFits(ListingCopy l) =>
        ListingSide == ListingCopy.Demand
            ? MaturityMin is null || l.MaturityLevel is null || l.MaturityLevel <= MaturityMin
            : (MaturityMin is null || l.MaturityLevel >= MaturityMin)
                && (MaturityMax is null || l.MaturityLevel <= MaturityMax);

    private bool PriceFits(ListingCopy l) =>
        (PriceMin is null && PriceMax is null)
        || (
            (l.PriceMin is not null || l.PriceMax is not null)
            && (PriceMin is null || l.PriceMax is null || l.PriceMax >= PriceMin)
            && (PriceMax is null || l.PriceMin is null || l.PriceMin <= PriceMax)
        );
}

public static class SavedSearchSides
{
    public const string Achievements = "achievements";
    public const string Demands = "demands";
}
