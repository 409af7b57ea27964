using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// Demands as the demo enterprise posts them (POST /api/demands). Market listings often leave out what the API
/// requires: an expected outcome gets a stock phrase, an anonymous demand the enterprise's own name (it stays hidden).
/// The end-to-end runs choose among demands in this form, so the matching service receives what the choice was made on.
/// </summary>
public static class DemandPosts
{
    /// <summary>
    /// What many enterprises write when they state no outcome of their own: "a workable technical solution".
    /// </summary>
    public const string StockOutcome = "提供可行的技术解决方案";

    private static readonly DemandInputValidator Validator = new(TimeProvider.System);

    private static readonly Contact Contact = new("李工", "13800138000", null);

    public static DemandSnapshot AsPosted(DemandSnapshot demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return string.IsNullOrWhiteSpace(demand.ExpectedOutcome)
            ? demand with
            {
                ExpectedOutcome = StockOutcome,
            }
            : demand;
    }

    public static DemandInput Body(DemandSnapshot demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return new DemandInput(
            demand.Title,
            demand.ProblemDescription,
            demand.ExpectedOutcome,
            demand.Industry,
            demand.MinimumMaturity,
            demand.Bounty,
            BeijingTime.LastDayBefore(demand.Deadline.UtcDateTime),
            demand.Region,
            demand.CooperationModes,
            demand.Anonymous,
            demand.EnterpriseName ?? DemoAccounts.Enterprise.OrganisationName,
            Contact
        );
    }

    /// <summary>
    /// False for a demand the API would refuse, e.g. a market listing whose problem statement is shorter than 10
    /// characters.
    /// </summary>
    public static bool IsAccepted(DemandSnapshot demand) => Validator.Validate(Body(demand)).IsValid;
}
