using FluentValidation;

namespace JjjMatch.Accounts.Features.People;

/// <summary>The one password rule (Identity's options say the same): 10 to 128 characters, not only spaces.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 128;

    public static IRuleBuilderOptions<T, string?> IsPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .WithMessage("A password is required / 请输入密码")
            .Length(MinimumLength, MaximumLength)
            .WithMessage(
                $"Use {MinimumLength} to {MaximumLength} characters / 密码长度须为{MinimumLength}至{MaximumLength}位"
            );

    public static IRuleBuilderOptions<T, string?> IsEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .WithMessage("An email address is required / 请输入邮箱")
            .MaximumLength(256)
            .EmailAddress()
            .WithMessage("Not an email address / 邮箱格式不正确");
}
