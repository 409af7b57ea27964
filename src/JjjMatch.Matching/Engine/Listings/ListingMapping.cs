using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>
/// Every view the matcher takes of a listing, one way only: the event's snapshot (or the stored copy of it) becomes the
/// profile the scorer reads, a profile becomes the document the index holds and the text its own search sends.
/// </summary>
public static class ListingMapping
{
    public const string PublishedStatus = "Published";
    public const string OpenStatus = "Open";

    /// <summary>Blank text fields become unknown.</summary>
    public static AchievementProfile ToProfile(this AchievementSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var granted = snapshot.Patents.Where(p => p.Status == PatentStatus.Granted).ToList();
        return new AchievementProfile(
            snapshot.Id,
            string.Equals(snapshot.Status, PublishedStatus, StringComparison.OrdinalIgnoreCase),
            snapshot.Title,
            string.Join(
                '\n',
                new[] { snapshot.Summary, snapshot.TechnologyField }.Where(s => !string.IsNullOrWhiteSpace(s))
            ),
            snapshot.Keywords,
            Blank(snapshot.Industry),
            snapshot.Maturity,
            snapshot.Region,
            snapshot.AskingPrice,
            snapshot.TransferModes,
            granted.Count(p => p.Kind == PatentKind.Invention),
            granted.Count(p => p.Kind != PatentKind.Invention)
        );
    }

    public static DemandProfile ToProfile(this DemandSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new DemandProfile(
            snapshot.Id,
            string.Equals(snapshot.Status, OpenStatus, StringComparison.OrdinalIgnoreCase),
            snapshot.Title,
            string.Join(
                '\n',
                new[] { snapshot.ProblemDescription, snapshot.ExpectedOutcome }.Where(s =>
                    !string.IsNullOrWhiteSpace(s)
                )
            ),
            snapshot.Deadline,
            Blank(snapshot.Industry),
            snapshot.MinimumMaturity,
            snapshot.Region,
            snapshot.Bounty,
            snapshot.CooperationModes
        );
    }

    /// <summary>A stored copy: its snapshot, with the copy's own word on whether it is still in the market.</summary>
    public static AchievementProfile ToProfile(this AchievementListing listing) =>
        listing.Snapshot.ToProfile() with
        {
            IsPublished = listing.IsActive,
        };

    public static DemandProfile ToProfile(this DemandListing listing) =>
        listing.Snapshot.ToProfile() with
        {
            IsOpen = listing.IsOpen,
        };

    public static ListingDocument ToListingDocument(this AchievementProfile achievement)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        return new ListingDocument(
            achievement.Id,
            ListingKind.Achievement,
            achievement.Title,
            achievement.Summary,
            achievement.Keywords,
            achievement.IsPublished,
            Attributes(achievement.Industry, achievement.Region)
        );
    }

    public static ListingDocument ToListingDocument(this DemandProfile demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return new ListingDocument(
            demand.Id,
            ListingKind.Demand,
            demand.Title,
            demand.Description,
            [],
            demand.IsOpen,
            Attributes(demand.Industry, demand.Region)
        );
    }

    public static ListingDocument ToListingDocument(this AchievementListing listing) =>
        listing.ToProfile().ToListingDocument();

    public static ListingDocument ToListingDocument(this DemandListing listing) =>
        listing.ToProfile().ToListingDocument();

    /// <summary>A demand looks for achievements with its title and description together.</summary>
    public static string QueryText(this DemandProfile demand) => $"{demand.Title}\n{demand.Description}";

    public static string QueryText(this AchievementProfile achievement) =>
        $"{achievement.Title}\n{string.Join(' ', achievement.Keywords)}\n{achievement.Summary}";

    private static Dictionary<string, string> Attributes(string? industry, Region? region)
    {
        var attributes = new Dictionary<string, string>();
        if (industry is not null)
        {
            attributes[ListingAttributes.Industry] = industry;
            attributes[ListingAttributes.IndustryParent] = Industries.ParentOf(industry);
        }

        if (region is not null)
        {
            attributes[ListingAttributes.Province] = region.Province.ToString();
        }

        return attributes;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
