using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Notifications.Features.SavedSearches;

namespace JjjMatch.Notifications.Features.Listings;

/// <summary>Snapshots to copies. Snapshots carry the public face only, so a copy never holds a contact.</summary>
public static class ListingCopyMapping
{
    public static ListingCopy From(AchievementSnapshot a) =>
        new()
        {
            Id = a.Id,
            Side = ListingCopy.Achievement,
            OwnerId = a.OwnerId,
            Title = a.Title,
            Industry = a.Industry,
            Province = ApiNames.Of(a.Region.Province),
            City = a.Region.City,
            MaturityLevel = a.Maturity.Level,
            PriceMin = a.AskingPrice.Min,
            PriceMax = a.AskingPrice.Max,
            Modes = (int)a.TransferModes,
            Live = a.Status == "Published",
            Version = a.Version ?? 0,
            UpdatedAt = a.UpdatedAt.UtcDateTime,
            Text = string.Join('\n', [a.Title, a.Summary, .. a.Keywords, a.TechnologyField ?? ""]),
        };

    public static ListingCopy From(DemandSnapshot d) =>
        new()
        {
            Id = d.Id,
            Side = ListingCopy.Demand,
            OwnerId = d.OwnerId,
            Title = d.Title,
            Industry = d.Industry,
            Province = ApiNames.Of(d.Region.Province),
            City = d.Region.City,
            MaturityLevel = d.MinimumMaturity?.Level,
            PriceMin = d.Bounty.Min,
            PriceMax = d.Bounty.Max,
            Modes = (int)d.CooperationModes,
            Live = d.Status == "Open",
            Version = d.Version ?? 0,
            UpdatedAt = d.UpdatedAt.UtcDateTime,
            Deadline = d.Deadline.UtcDateTime,
            Text = string.Join('\n', d.Title, d.ProblemDescription, d.ExpectedOutcome),
        };
}
