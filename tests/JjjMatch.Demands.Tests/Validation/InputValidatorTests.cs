using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Tests.Domain;
using JjjMatch.Testing;

namespace JjjMatch.Demands.Tests.Validation;

public sealed class InputValidatorTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private readonly DemandInputValidator demands = new(Clock);
    private readonly ApplicationInputValidator applications = new();

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Titles_are_measured_in_characters_not_bytes(int length, bool valid)
    {
        var result = demands.Validate(Demand() with { Title = new string('榜', length) });

        result.IsValid.ShouldBe(valid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_negotiable_bounty_and_no_minimum_maturity_are_valid()
    {
        demands.Validate(Demand() with { Bounty = null, MinimumMaturity = null }).IsValid.ShouldBeTrue();
        demands.Validate(Demand() with { Bounty = Contracts.Shared.PriceRange.Negotiable }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void The_deadline_is_today_or_later_in_Beijing_by_the_injected_clock_and_within_five_years()
    {
        var today = Contracts.Shared.BeijingTime.Today(Clock);

        demands
            .Validate(Demand() with { Deadline = today.AddDays(-1) })
            .Errors.ShouldContain(e => e.PropertyName == "Deadline");
        demands.Validate(Demand() with { Deadline = today }).IsValid.ShouldBeTrue();
        demands.Validate(Demand() with { Deadline = today.AddYears(5) }).IsValid.ShouldBeTrue();
        demands
            .Validate(Demand() with { Deadline = today.AddYears(5).AddDays(1) })
            .Errors.ShouldContain(e => e.PropertyName == "Deadline");
    }

    [Fact]
    public void A_milestone_may_not_fall_after_the_proposed_duration()
    {
        var input = Application() with
        {
            DurationMonths = 6,
            Milestones = [new Milestone("验证", 3), new Milestone("验收", 7)],
        };

        var result = applications.Validate(input);

        result.Errors.Select(e => e.PropertyName).ShouldBe(["Milestones[1].Month"]);
        applications.Validate(input with { DurationMonths = 7 }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_price_of_zero_is_a_valid_offer()
    {
        applications.Validate(Application() with { Price = 0m }).IsValid.ShouldBeTrue();
    }

    private static DemandInput Demand()
    {
        var d = DemandLifecycleTests.Details();
        return new DemandInput(
            d.Title,
            d.ProblemDescription,
            d.ExpectedOutcome,
            d.Industry,
            d.MinimumMaturity,
            d.Bounty,
            Contracts.Shared.BeijingTime.Today(Clock).AddDays(30),
            d.Region,
            d.CooperationModes,
            d.Anonymous,
            d.EnterpriseName,
            d.Contact
        );
    }

    private static ApplicationInput Application()
    {
        var p = DemandLifecycleTests.Proposal();
        return new ApplicationInput(
            "燕山大学",
            p.ApproachSummary,
            p.Team,
            p.Milestones,
            p.Price,
            p.DurationMonths,
            new JjjMatch.Contracts.Shared.Contact("王揭榜", "13722223333", null)
        );
    }
}
