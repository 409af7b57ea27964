using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Features.Shared;

public sealed class ApplicationInputValidator : AbstractValidator<ApplicationInput>
{
    public const int LongestDurationMonths = 120;

    public ApplicationInputValidator()
    {
        RuleFor(x => x.ApplicantOrganisation).NotEmpty().Characters(2, 100);
        RuleFor(x => x.ApproachSummary).NotEmpty().Characters(10, 3000);
        RuleFor(x => x.Team).NotEmpty().Characters(2, 1000);
        RuleFor(x => x.Milestones)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .Must(m => m!.Count is >= 1 and <= 20)
            .WithMessage("Give 1 to 20 milestones / 里程碑须为 1 至 20 个.");
        RuleForEach(x => x.Milestones).NotNull().SetValidator((input, _) => MilestoneRules(input.DurationMonths));
        RuleFor(x => x.Price).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(MoneyLimits.MaxAmount);
        RuleFor(x => x.DurationMonths).NotNull().InclusiveBetween(1, LongestDurationMonths);
        RuleFor(x => x.Contact).NotNull().SetValidator(new ContactValidator()!);
    }

    // Built per application rather than declared as a class: the assembly scan registers every validator class in DI,
    // and this one needs the application's duration.
    private static InlineValidator<Milestone> MilestoneRules(int? durationMonths)
    {
        var rules = new InlineValidator<Milestone>();
        rules.RuleFor(m => m.Title).NotEmpty().Characters(1, 100);
        rules.RuleFor(m => m.Month).InclusiveBetween(1, LongestDurationMonths);
        rules
            .RuleFor(m => m.Month)
            .LessThanOrEqualTo(durationMonths ?? LongestDurationMonths)
            .WithMessage("A milestone cannot fall after the proposed duration / 里程碑不能晚于实施周期.");
        return rules;
    }
}
