using System.Globalization;
using FluentValidation;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Length rules that count what a reader sees as characters (汉字 or letters), not bytes or UTF-16 units.
/// </summary>
public static class TextRules
{
    public static int CharacterCount(string? text) => text is null ? 0 : new StringInfo(text).LengthInTextElements;

    public static IRuleBuilderOptions<T, string?> Characters<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(text => CharacterCount(text?.Trim()) is var count && count >= min && count <= max)
            .WithMessage(
                $"'{{PropertyName}}' must be {min} to {max} characters long / 长度须为 {min} 至 {max} 个字符."
            );
}
