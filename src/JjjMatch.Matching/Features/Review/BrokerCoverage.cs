using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Taxonomy;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;

namespace JjjMatch.Matching.Features.Review;

/// <summary>
/// The regions (provinces) and industries a broker's token names. A pair is covered when either side lies in one of the
/// regions and either side's industry, or its parent (电子信息 for 电子信息-人工智能), is one of the industries. A dimension the
/// token names nothing for covers everything; the operator and in-process callers cover everything.
/// </summary>
public sealed class BrokerCoverage
{
    private readonly HashSet<string>? regions;
    private readonly HashSet<string>? industries;

    private BrokerCoverage(HashSet<string>? regions, HashSet<string>? industries)
    {
        this.regions = regions;
        this.industries = industries;
    }

    public static BrokerCoverage Everything { get; } = new(null, null);

    public static BrokerCoverage Of(CurrentUser user)
    {
        if (user.IsSystem || user.IsInRole(Roles.Operator))
        {
            return Everything;
        }

        return new BrokerCoverage(
            NonEmpty(user.ClaimValues(TokenIssuer.RegionsClaim).Select(r => r.Trim().ToLowerInvariant())),
            NonEmpty(user.ClaimValues(TokenIssuer.IndustriesClaim).Select(i => i.Trim())));
    }

    public bool Covers(AchievementSnapshot achievement, DemandSnapshot demand) =>
        (regions is null || regions.Contains(Key(achievement.Region.Province)) || regions.Contains(Key(demand.Region.Province)))
        && (industries is null || InIndustries(achievement.Industry) || InIndustries(demand.Industry));

    /// <summary>The same parent rule as coverage: a filter on 电子信息 also finds 电子信息-人工智能.</summary>
    public static bool IsInIndustry(string listingIndustry, string wanted) =>
        listingIndustry == wanted || Industries.ParentOf(listingIndustry) == wanted;

    private bool InIndustries(string industry) => industries!.Contains(industry) || industries.Contains(Industries.ParentOf(industry));

    private static string Key(Contracts.Shared.Province province) => province.ToString().ToLowerInvariant();

    private static HashSet<string>? NonEmpty(IEnumerable<string> values)
    {
        var set = values.Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        return set.Count == 0 ? null : set;
    }
}
