using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Engine.Scoring.Factors;

namespace JjjMatch.Matching.Tests.Engine.Scoring;

public sealed class FactorTests
{
    [Theory]
    [InlineData("电子信息-人工智能", "电子信息-人工智能", 1)]
    [InlineData("电子信息-人工智能", "电子信息-计算机软件", 0.5)]
    [InlineData("电子信息-人工智能", "生物医药-化学药", -0.5)]
    [InlineData(null, "生物医药-化学药", 0)]
    [InlineData("电子信息", null, 0)]
    [InlineData("其他", "生物医药-化学药", 0)]
    [InlineData("电子信息-人工智能", "其他", 0)]
    public void Industry_rewards_the_same_code_then_the_same_parent(
        string? achievement,
        string? demand,
        double expected
    )
    {
        IndustryFactor.Score(achievement, demand).ShouldBe(expected);
    }

    [Fact]
    public void Industry_parent_is_the_part_before_the_dash()
    {
        Industries.ParentOf("新能源-智能电网").ShouldBe("新能源");
        Industries.ParentOf("钢铁").ShouldBe("钢铁");
    }

    [Theory]
    [InlineData(7, 5, 1.0)]
    [InlineData(5, 5, 1.0)]
    [InlineData(4, 5, -1.0 / 3)]
    [InlineData(1, 9, -1.0)]
    public void Maturity_meets_or_falls_short_of_the_minimum(int achievement, int minimum, double expected)
    {
        MaturityFactor
            .Score(new Maturity(Maturity.Trl, achievement), new Maturity(Maturity.Trl, minimum))
            .ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void Maturity_on_unknown_or_different_scales_is_neutral()
    {
        MaturityFactor.Score(null, new Maturity(Maturity.Trl, 5)).ShouldBe(0);
        MaturityFactor.Score(new Maturity(Maturity.Trl, 3), null).ShouldBe(0);
        MaturityFactor.Score(new Maturity("market", 3), new Maturity(Maturity.Trl, 5)).ShouldBe(0);
    }

    [Theory]
    [InlineData(Province.Beijing, Province.Hebei, 1.0)]
    [InlineData(Province.Beijing, Province.Tianjin, 1.0)]
    [InlineData(Province.Hebei, Province.Beijing, 0.3)]
    [InlineData(Province.Hebei, Province.Hebei, 0.6)]
    [InlineData(Province.Other, Province.Other, 0.0)]
    [InlineData(Province.Beijing, Province.Other, 0.0)]
    public void Region_favours_the_Beijing_to_Tianjin_Hebei_corridor(
        Province achievement,
        Province demand,
        double expected
    )
    {
        RegionFactor.Score(new Region(achievement, null), new Region(demand, null)).ShouldBe(expected);
    }

    [Fact]
    public void Region_same_city_beats_same_province_and_unknown_is_neutral()
    {
        RegionFactor.Score(new Region(Province.Hebei, "Baoding"), new Region(Province.Hebei, "baoding")).ShouldBe(0.8);
        RegionFactor.Score(null, new Region(Province.Hebei, "Baoding")).ShouldBe(0);
    }

    [Theory]
    [InlineData(100_000.0, 200_000.0, 150_000.0, 300_000.0, 1.0)]
    [InlineData(100_000.0, null, null, 100_000.0, 1.0)]
    [InlineData(400_000.0, 500_000.0, 100_000.0, 200_000.0, -0.5)]
    [InlineData(1_000_000.0, null, 10_000.0, 10_000.0, -0.99)]
    public void Price_compares_the_bounty_with_the_asking_price(
        double? askMin,
        double? askMax,
        double? bountyMin,
        double? bountyMax,
        double expected
    )
    {
        var asking = new PriceRange((decimal?)askMin, (decimal?)askMax);
        var bounty = new PriceRange((decimal?)bountyMin, (decimal?)bountyMax);

        PriceFactor.Score(asking, bounty).ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void Price_negotiable_or_unknown_is_neutral()
    {
        PriceFactor.Score(PriceRange.Negotiable, new PriceRange(1, 2)).ShouldBe(0);
        PriceFactor.Score(new PriceRange(1, 2), PriceRange.Negotiable).ShouldBe(0);
        PriceFactor.Score(null, new PriceRange(1, 2)).ShouldBe(0);
    }

    [Theory]
    [InlineData(CooperationModes.Assignment | CooperationModes.Equity, CooperationModes.Equity, 1)]
    [InlineData(CooperationModes.ExclusiveLicence, CooperationModes.TechnicalService, -1)]
    [InlineData(CooperationModes.None, CooperationModes.TechnicalService, 0)]
    [InlineData(CooperationModes.Assignment, CooperationModes.None, 0)]
    public void Cooperation_needs_a_common_mode(CooperationModes offered, CooperationModes accepted, double expected)
    {
        CooperationFactor.Score(offered, accepted).ShouldBe(expected);
    }

    [Theory]
    [InlineData(1, 0, 1.0)]
    [InlineData(0, 2, 0.5)]
    [InlineData(0, 0, 0.0)]
    public void Granted_invention_patents_count_most(int inventions, int others, double expected)
    {
        PatentFactor.Score(inventions, others).ShouldBe(expected);
    }
}
