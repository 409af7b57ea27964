using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// The regions (provinces) and industries a broker's token names. A pair is covered when either side lies in one of the
/// regions and either side's industry, or its parent (电子信息 for 电子信息-人工智能), is one of the industries. A dimension the
/// token names nothing for covers everything; the operator and in-process callers cover everything.
/// </summary>
public sealed class BrokerCoverage
{
    private readonly List<Province>? provinces;
    private readonly List<string>? industries;

    private BrokerCoverage(List<Province>? provinces, List<string>? industries)
    {
        this.provinces = provinces;
        this.industries = industries;
    }

    public static BrokerCoverage Everything { get; } = new(null, null);

    public static BrokerCoverage Of(CurrentUser user)
    {
        if (user.IsSystem || user.IsInRole(Roles.Operator))
        {
            return Everything;
        }

        var regions = NonEmpty(user.ClaimValues(TokenIssuer.RegionsClaim));
        // A region the token names that is no province covers nothing (not everything).
        return new BrokerCoverage(
            regions?.Select(EnumRules.Parse<Province>).OfType<Province>().ToList(),
            NonEmpty(user.ClaimValues(TokenIssuer.IndustriesClaim))
        );
    }

    /// <summary>The pairs this coverage includes, as a database filter.</summary>
    public IQueryable<PairFacts> Apply(IQueryable<PairFacts> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (provinces is { } covered)
        {
            pairs = pairs.Where(p => covered.Contains(p.AchievementProvince) || covered.Contains(p.DemandProvince));
        }

        if (industries is { } codes)
        {
            pairs = pairs.Where(p =>
                codes.Contains(p.AchievementIndustry)
                || codes.Contains(p.AchievementIndustryParent)
                || codes.Contains(p.DemandIndustry)
                || codes.Contains(p.DemandIndustryParent)
            );
        }

        return pairs;
    }

    private static List<string>? NonEmpty(IEnumerable<string> values)
    {
        var list = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : list;
    }
}
