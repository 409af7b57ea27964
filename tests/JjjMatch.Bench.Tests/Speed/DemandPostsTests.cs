using JjjMatch.Bench.Speed.EndToEnd;
using JjjMatch.Bench.Speed.Generation;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class DemandPostsTests
{
    private readonly ListingGenerator generator = new(20261122, DateTimeOffset.UtcNow);

    [Fact]
    public void Generated_demands_as_posted_pass_the_demands_api_validation()
    {
        for (var i = 0; i < 500; i++)
        {
            DemandPosts.IsAccepted(DemandPosts.AsPosted(generator.Demand(i))).ShouldBeTrue($"demand {i}");
        }
    }

    [Fact]
    public void A_demand_without_an_expected_outcome_is_posted_with_the_stock_one()
    {
        var demand = generator.Demand(0) with { ExpectedOutcome = "" };

        DemandPosts.AsPosted(demand).ExpectedOutcome.ShouldBe(DemandPosts.StockOutcome);
        DemandPosts.IsAccepted(demand).ShouldBeFalse();
    }

    [Fact]
    public void An_anonymous_demand_is_posted_with_the_enterprises_name()
    {
        var demand = generator.Demand(0) with { Anonymous = true, EnterpriseName = null };

        var body = DemandPosts.Body(demand);

        body.Anonymous.ShouldBe(true);
        body.EnterpriseName.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_problem_statement_shorter_than_the_api_allows_is_not_posted()
    {
        DemandPosts
            .IsAccepted(DemandPosts.AsPosted(generator.Demand(0) with { ProblemDescription = "蜂蜜检测" }))
            .ShouldBeFalse();
    }
}
