using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.Achievements.Features.Shared;

public sealed class ContactValidator : AbstractValidator<Contact>
{
    public ContactValidator()
    {
        RuleFor(c => c.Name).NotEmpty().Characters(1, 50);
        RuleFor(c => c.Phone).Matches(@"^\+?[0-9][0-9 \-]{4,19}$").When(c => c.Phone is not null)
            .WithMessage("Not a phone number / 电话号码格式无效.");
        RuleFor(c => c.Email).EmailAddress().MaximumLength(200).When(c => c.Email is not null);
        RuleFor(c => c).Must(c => c.Phone is not null || c.Email is not null).OverridePropertyName("Phone")
            .WithMessage("Give a phone or an email / 请填写电话或邮箱.");
    }
}
