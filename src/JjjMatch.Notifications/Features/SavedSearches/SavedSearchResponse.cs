using JjjMatch.Contracts.Shared;

namespace JjjMatch.Notifications.Features.SavedSearches;

public sealed record SavedSearchResponse(
    Guid Id,
    string Name,
    string Side,
    string Text,
    string Frequency,
    int? DigestHour,
    string? Industry,
    string? Province,
    string? City,
    int? MaturityMin,
    int? MaturityMax,
    int? Maturity,
    decimal? PriceMin,
    decimal? PriceMax,
    string? CooperationMode,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version
)
{
    public static SavedSearchResponse From(SavedSearch s)
    {
        var demands = s.Side == SavedSearchSides.Demands;
        return new(
            s.Id,
            s.Name,
            s.Side,
            s.Text,
            s.Frequency,
            s.DigestHour,
            s.Industry,
            ApiNames.Normalise<Province>(s.Province),
            s.City,
            demands ? null : s.MaturityMin,
            demands ? null : s.MaturityMax,
            demands ? s.MaturityMin : null,
            s.PriceMin,
            s.PriceMax,
            ApiNames.Normalise<CooperationModes>(s.CooperationMode),
            s.CreatedAt,
            s.UpdatedAt,
            s.Version
        );
    }
}
