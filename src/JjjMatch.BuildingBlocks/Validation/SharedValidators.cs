using FluentValidation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.BuildingBlocks.Validation;

public sealed class MaturityValidator : AbstractValidator<Maturity>
{
    public MaturityValidator()
    {
        RuleFor(m => m.Scale)
            .Equal(Maturity.Trl)
            .WithMessage($"The only scale is '{Maturity.Trl}' " + "(GB/T 22900) / 成熟度等级体系须为 TRL.");
        RuleFor(m => m.Level)
            .InclusiveBetween(MaturityLevels.Min, MaturityLevels.Max)
            .WithMessage($"Level must be {MaturityLevels.Min} to {MaturityLevels.Max} / 成熟度等级须为 1 至 9.");
    }
}

public sealed class PriceRangeValidator : AbstractValidator<PriceRange>
{
    public PriceRangeValidator()
    {
        RuleFor(p => p.Min).InclusiveBetween(0, MoneyLimits.MaxAmount).When(p => p.Min is not null);
        RuleFor(p => p.Max).InclusiveBetween(0, MoneyLimits.MaxAmount).When(p => p.Max is not null);
        RuleFor(p => p.Min)
            .LessThanOrEqualTo(p => p.Max)
            .When(p => p.Min is not null && p.Max is not null)
            .WithMessage("Minimum must not be above maximum / 最低价不能高于最高价.");
    }
}

public sealed class RegionValidator : AbstractValidator<Region>
{
    public RegionValidator()
    {
        RuleFor(r => r.Province).IsInEnum();
        RuleFor(r => r.City)
            .Must((region, city) => Regions.IsValidCity(region.Province, city))
            .WithMessage("Unknown city for this province / 城市与省份不符.");
    }
}

public sealed class PatentValidator : AbstractValidator<Patent>
{
    public PatentValidator()
    {
        RuleFor(p => p.Number)
            .Must(PatentNumbers.IsValid)
            .When(p => p.Number is not null)
            .WithMessage(
                "Not a Chinese patent number: ZL, 12 digits, a dot and the check character, "
                    + $"e.g. {PatentNumbers.Example}"
                    + $" / 专利号格式无效，应为 ZL + 12 位申请号 + . + 校验位，如 {PatentNumbers.Example}."
            );
        RuleFor(p => p.Kind).IsInEnum();
        RuleFor(p => p.Status).IsInEnum();
    }
}

public sealed class ContactValidator : AbstractValidator<Contact>
{
    public ContactValidator()
    {
        RuleFor(c => c.Name).NotEmpty().Characters(1, 50);
        RuleFor(c => c.Phone)
            .Must(ContactFormats.IsPhone)
            .When(c => c.Phone is not null)
            .WithMessage(
                "Not a phone number: a mobile such as 13800138000, a landline with its area code such as "
                    + "010-62751234, or +country code / 电话号码格式无效：手机号如 13800138000，座机须带区号如 010-62751234."
            );
        RuleFor(c => c.Email)
            .Must(ContactFormats.IsEmail)
            .When(c => c.Email is not null)
            .WithMessage("Not an email address such as name@example.com / 邮箱格式无效，应如 name@example.com.");
        RuleFor(c => c)
            .Must(c => c.Phone is not null || c.Email is not null)
            .OverridePropertyName("Phone")
            .WithMessage("Give a phone or an email / 请填写电话或邮箱.");
    }
}
