using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Matching.Tests.Engine.Scoring;

public sealed class MatchScorerTests
{
    private readonly MatchScorer scorer = new(new MatchingOptions());

    [Fact]
    public void With_every_structured_field_unknown_only_text_contributes()
    {
        var score = scorer.Score(Profiles.Achievement(), Profiles.Demand(), Profiles.Text(0.5));

        score.Total.ShouldBe(0.5 * new ScoringWeights().Text, 1e-12);
        score.Factors.Where(f => f.Name != MatchFactorNames.Text).ShouldAllBe(f => f.Contribution == 0);
        score.MatchedTerms.ShouldBe(["减振"]);
    }

    [Fact]
    public void Contributions_add_up_to_the_total_and_use_the_configured_weights()
    {
        var weights = new ScoringWeights
        {
            Text = 1,
            Industry = 0.2,
            Maturity = 0.3,
            Region = 0.4,
            Price = 0.5,
            Cooperation = 0.6,
            Patents = 0.7,
        };
        var custom = new MatchScorer(new MatchingOptions { Weights = weights });
        var achievement = Profiles.Achievement() with
        {
            Industry = "电子信息-人工智能",
            Maturity = new Maturity(Maturity.Trl, 6),
            Region = new Region(Province.Beijing, null),
            AskingPrice = new PriceRange(100, 200),
            TransferModes = CooperationModes.Assignment,
            GrantedInventionPatents = 1,
        };
        var demand = Profiles.Demand() with
        {
            Industry = "电子信息-人工智能",
            MinimumMaturity = new Maturity(Maturity.Trl, 5),
            Region = new Region(Province.Hebei, "Baoding"),
            Bounty = new PriceRange(150, 300),
            AcceptedModes = CooperationModes.Assignment,
        };

        var score = custom.Score(achievement, demand, Profiles.Text(0.25));

        score.ContributionOf(MatchFactorNames.Text).ShouldBe(0.25);
        score.ContributionOf(MatchFactorNames.Industry).ShouldBe(0.2);
        score.ContributionOf(MatchFactorNames.Maturity).ShouldBe(0.3);
        score.ContributionOf(MatchFactorNames.Region).ShouldBe(0.4);
        score.ContributionOf(MatchFactorNames.Price).ShouldBe(0.5);
        score.ContributionOf(MatchFactorNames.Cooperation).ShouldBe(0.6);
        score.ContributionOf(MatchFactorNames.Patents).ShouldBe(0.7);
        score.Total.ShouldBe(score.Factors.Sum(f => f.Contribution), 1e-12);
    }

    [Fact]
    public void A_known_mismatch_ranks_below_an_unknown_which_ranks_below_a_match()
    {
        var demand = Profiles.Demand() with { AcceptedModes = CooperationModes.Equity };
        var matching = scorer.Score(
            Profiles.Achievement() with
            {
                TransferModes = CooperationModes.Equity,
            },
            demand,
            Profiles.Text(0.4)
        );
        var unknown = scorer.Score(Profiles.Achievement(), demand, Profiles.Text(0.4));
        var mismatching = scorer.Score(
            Profiles.Achievement() with
            {
                TransferModes = CooperationModes.Assignment,
            },
            demand,
            Profiles.Text(0.4)
        );

        matching.Total.ShouldBeGreaterThan(unknown.Total);
        unknown.Total.ShouldBeGreaterThan(mismatching.Total);
    }

    [Fact]
    public void Only_published_achievements_and_open_demands_before_their_deadline_are_eligible()
    {
        var achievement = Profiles.Achievement();
        var demand = Profiles.Demand();

        scorer.IsEligible(achievement, demand, Profiles.Now).ShouldBeTrue();
        scorer.IsEligible(achievement with { IsPublished = false }, demand, Profiles.Now).ShouldBeFalse();
        scorer.IsEligible(achievement, demand with { IsOpen = false }, Profiles.Now).ShouldBeFalse();
        scorer.IsEligible(achievement, demand with { Deadline = Profiles.Now }, Profiles.Now).ShouldBeFalse();
        scorer.IsEligible(achievement, demand with { Deadline = null }, Profiles.Now).ShouldBeTrue();
        scorer
            .ScoreIfEligible(achievement with { IsPublished = false }, demand, Profiles.Text(1), Profiles.Now)
            .ShouldBeNull();
    }

    [Fact]
    public void Maturity_below_the_minimum_is_penalised_or_filtered_as_configured()
    {
        var immature = Profiles.Achievement() with { Maturity = new Maturity(Maturity.Trl, 3) };
        var demand = Profiles.Demand() with { MinimumMaturity = new Maturity(Maturity.Trl, 6) };
        var filtering = new MatchScorer(new MatchingOptions { FilterBelowMinimumMaturity = true });

        scorer.IsEligible(immature, demand, Profiles.Now).ShouldBeTrue();
        scorer
            .Score(immature, demand, Profiles.Text(0.5))
            .ContributionOf(MatchFactorNames.Maturity)
            .ShouldBe(-new ScoringWeights().Maturity);
        filtering.IsEligible(immature, demand, Profiles.Now).ShouldBeFalse();
        filtering.IsEligible(immature with { Maturity = null }, demand, Profiles.Now).ShouldBeTrue();
    }
}
