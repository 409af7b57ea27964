using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Search;

namespace JjjMatch.Matching.Scoring;

/// <summary>What the matcher indexes for each profile, and the text it searches with.</summary>
public static class ListingDocuments
{
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
            Attributes(achievement.Industry, achievement.Region));
    }

    public static ListingDocument ToListingDocument(this DemandProfile demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return new ListingDocument(demand.Id, ListingKind.Demand, demand.Title, demand.Description, [], demand.IsOpen, Attributes(demand.Industry, demand.Region));
    }

    /// <summary>A demand looks for achievements with its title and description together.</summary>
    public static string QueryText(this DemandProfile demand) => $"{demand.Title}\n{demand.Description}";

    public static string QueryText(this AchievementProfile achievement) =>
        $"{achievement.Title}\n{string.Join(' ', achievement.Keywords)}\n{achievement.Summary}";

    private static Dictionary<string, string> Attributes(string? industry, Contracts.Shared.Region? region)
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
}
