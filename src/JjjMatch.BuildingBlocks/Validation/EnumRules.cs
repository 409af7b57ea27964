using FluentValidation;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Enum names typed by a user, matched without regard to case ("hebei", "Hebei"). Only declared names count:
/// Enum.TryParse alone would also read "1" as the second province and "a, b" as a combination.
/// </summary>
public static class EnumRules
{
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is not null && Names<TEnum>.Values.TryGetValue(text, out var value) ? value : null;

    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(text => text is null || Parse<TEnum>(text) is not null)
            .WithMessage(
                $"Use one of: {Http.ValueFormats.Names(typeof(TEnum), skipZero: false)}"
                    + $" / 须为以下之一：{Http.ValueFormats.Names(typeof(TEnum), skipZero: false)}."
            );

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, TEnum> Values = Enum.GetNames<TEnum>()
            .ToDictionary(name => name, Enum.Parse<TEnum>, StringComparer.OrdinalIgnoreCase);
    }
}
