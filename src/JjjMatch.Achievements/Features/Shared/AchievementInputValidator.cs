using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Achievements.Features.Shared;

public sealed class AchievementInputValidator : AbstractValidator<AchievementInput>
{
    public AchievementInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().Characters(2, 100);
        RuleFor(x => x.Summary).NotEmpty().Characters(10, 5000);
        RuleFor(x => x.Keywords)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .Must(k => k!.Count is >= 1 and <= 10)
            .WithMessage("Give 1 to 10 keywords / 关键词须为 1 至 10 个.")
            .Must(k => k!.Select(w => w?.Trim().ToLowerInvariant()).Distinct().Count() == k!.Count)
            .WithMessage("Keywords must not repeat / 关键词不能重复.");
        RuleForEach(x => x.Keywords).NotEmpty().Characters(1, 20);
        RuleFor(x => x.Industry)
            .NotEmpty()
            .Must(Industries.IsKnown)
            .WithMessage("Unknown industry code; use a code from GET /api/taxonomy/industries / 行业代码无效.");
        RuleFor(x => x.TechnologyField).Characters(1, 50).When(x => x.TechnologyField is not null);
        RuleFor(x => x.Maturity).NotNull().SetValidator(new MaturityValidator()!);
        RuleForEach(x => x.Patents).SetValidator(new PatentValidator()).When(x => x.Patents is not null);
        RuleFor(x => x.Patents)
            .Must(p => p!.Count <= 50)
            .When(x => x.Patents is not null)
            .WithMessage("At most 50 patents / 专利最多 50 项.");
        // An empty set (CooperationModes.None) means "not stated / 其他": many market listings say no more.
        RuleFor(x => x.TransferModes)
            .NotNull()
            .WithMessage("Give the transfer modes, [] when not stated / 请填写转化方式.");
        RuleFor(x => x.AskingPrice).SetValidator(new PriceRangeValidator()!).When(x => x.AskingPrice is not null);
        RuleFor(x => x.OwnerInstitution).NotEmpty().Characters(2, 100);
        RuleFor(x => x.Region).NotNull().SetValidator(new RegionValidator()!);
        RuleFor(x => x.Contact).NotNull().SetValidator(new ContactValidator()!);
    }
}
