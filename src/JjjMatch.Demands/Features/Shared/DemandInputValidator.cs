using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Demands.Features.Shared;

public sealed class DemandInputValidator : AbstractValidator<DemandInput>
{
    /// <summary>
    /// Far enough for any real open list; further out is almost always a typing error (20270 for 2027).
    /// </summary>
    public const int LongestDeadlineYears = 5;

    public const int TitleMax = 100,
        DescriptionMin = 10,
        DescriptionMax = 5000;

    public DemandInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Title).NotEmpty().Characters(2, TitleMax);
        RuleFor(x => x.ProblemDescription).NotEmpty().Characters(DescriptionMin, DescriptionMax);
        RuleFor(x => x.ExpectedOutcome).NotEmpty().Characters(5, 2000);
        RuleFor(x => x.Industry)
            .NotEmpty()
            .Must(Industries.IsKnown)
            .WithMessage("Unknown industry code; use a code from GET /api/taxonomy/industries / 行业代码无效.");
        RuleFor(x => x.MinimumMaturity).SetValidator(new MaturityValidator()!).When(x => x.MinimumMaturity is not null);
        RuleFor(x => x.Bounty).SetValidator(new PriceRangeValidator()!).When(x => x.Bounty is not null);
        // The deadline is the last Beijing day the list takes applications; it closes at the end of that day.
        RuleFor(x => x.Deadline)
            .NotNull()
            .WithMessage(
                "Give the deadline, the last day of applications: a calendar date yyyy-MM-dd in Beijing time "
                    + "/ 请填写截止日期（北京时间 yyyy-MM-dd）."
            )
            .Must(d => d >= BeijingTime.Today(time))
            .WithMessage(_ =>
                $"The deadline cannot be before today, {BeijingTime.Today(time):yyyy-MM-dd} in Beijing time"
                + $" / 截止日期不能早于今天（北京时间 {BeijingTime.Today(time):yyyy-MM-dd}）."
            )
            .Must(d => d <= BeijingTime.Today(time).AddYears(LongestDeadlineYears))
            .WithMessage(_ =>
                $"The deadline must be within five years, at the latest {LatestDeadline(time):yyyy-MM-dd}"
                + $" / 截止日期须在五年以内（最晚 {LatestDeadline(time):yyyy-MM-dd}）."
            );
        RuleFor(x => x.Region).NotNull().SetValidator(new RegionValidator()!);
        // An empty set (CooperationModes.None) means "not stated / 其他", as in many market listings.
        RuleFor(x => x.CooperationModes)
            .NotNull()
            .WithMessage("Give the cooperation modes, [] " + "when not stated / 请填写合作方式.");
        RuleFor(x => x.EnterpriseName).NotEmpty().Characters(2, 100);
        RuleFor(x => x.Contact).NotNull().SetValidator(new ContactValidator()!);
    }

    private static DateOnly LatestDeadline(TimeProvider time) => BeijingTime.Today(time).AddYears(LongestDeadlineYears);
}
