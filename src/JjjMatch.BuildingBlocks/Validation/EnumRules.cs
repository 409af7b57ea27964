using FluentValidation;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>Enum names typed into a query string, matched without regard to case ("hebei", "Hebei").</summary>
public static class EnumRules
{
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text!.Contains(',') ? value : null;

    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(text => text is null || Parse<TEnum>(text) is not null)
            .WithMessage($"Use one of: {string.Join(", ", Enum.GetNames<TEnum>())}");
}
