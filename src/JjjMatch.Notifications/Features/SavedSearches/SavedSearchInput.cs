using JjjMatch.Contracts.Shared;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// The body of POST and PUT /api/saved-searches: the list filters of the side searched. For achievements
/// <see cref="MaturityMin"/>/<see cref="MaturityMax"/> bound the TRL; for demands <see cref="Maturity"/> is the
/// searcher's TRL, as on GET /api/demands.
/// </summary>
public sealed record SavedSearchInput(
    string? Name,
    string? Text,
    string? Frequency,
    int? DigestHour,
    string? Side,
    string? Industry,
    string? Province,
    string? City,
    int? MaturityMin,
    int? MaturityMax,
    int? Maturity,
    decimal? PriceMin,
    decimal? PriceMax,
    string? CooperationMode
)
{
    public void ApplyTo(SavedSearch search, string side)
    {
        search.Name = Name!.Trim();
        search.Text = Text!.Trim();
        search.Side = side;
        search.Frequency = Frequency!.ToLowerInvariant();
        search.DigestHour = search.Frequency == SavedSearch.Daily ? DigestHour : null;
        search.Industry = Industry;
        search.Province = ApiNames.Normalise<Province>(Province);
        search.City = City;
        search.MaturityMin = side == SavedSearchSides.Demands ? Maturity : MaturityMin;
        search.MaturityMax = side == SavedSearchSides.Demands ? null : MaturityMax;
        search.PriceMin = PriceMin;
        search.PriceMax = PriceMax;
        search.CooperationMode = ApiNames.Normalise<CooperationModes>(CooperationMode);
    }
}
