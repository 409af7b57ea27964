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
    public static readonly TimeSpan LongestDeadline = TimeSpan.FromDays(5 * 366);

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
        RuleFor(x => x.Deadline)
            .NotNull()
            .Must(d => d > time.GetUtcNow())
            .WithMessage(_ =>
                "The deadline must be in the future (now: "
                + $"{time.GetUtcNow().ToOffset(BeijingTime.Offset):yyyy-MM-dd HH:mm} in Beijing time)"
                + $" / 截止时间须晚于当前时间（北京时间 {time.GetUtcNow().ToOffset(BeijingTime.Offset):yyyy-MM-dd HH:mm}）."
            )
            .Must(d => d <= time.GetUtcNow() + LongestDeadline)
            .WithMessage("The deadline must be within " + "five years / 截止时间须在五年以内.");
        RuleFor(x => x.Region).NotNull().SetValidator(new RegionValidator()!);
        // An empty set (CooperationModes.None) means "not stated / 其他", as in many market listings.
        RuleFor(x => x.CooperationModes)
            .NotNull()
            .WithMessage("Give the cooperation modes, [] " + "when not stated / 请填写合作方式.");
        RuleFor(x => x.EnterpriseName).NotEmpty().Characters(2, 100);
        RuleFor(x => x.Contact).NotNull().SetValidator(new ContactValidator()!);
    }
}
