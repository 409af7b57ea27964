using System.Globalization;
using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>from/to query values: calendar dates (yyyy-MM-dd) in Beijing time, both ends included.</summary>
public static class DateRange
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(
            text?.Trim(),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : null;

    public static IRuleBuilderOptions<T, string?> IsDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || Parse(text) is { } date && DateLimits.Contains(date))
            .WithMessage(
                $"Use a calendar date yyyy-MM-dd in Beijing time between {DateLimits.Range}, e.g. 2026-12-07 / "
                    + $"日期须为北京时间 yyyy-MM-dd，且在 {DateLimits.Range} 之间，如 2026-12-07."
            );

    /// <summary>Adds the two date rules and "from not after to" for a query with From and To.</summary>
    public static void AddRangeRules<T>(this AbstractValidator<T> validator, Func<T, string?> from, Func<T, string?> to)
    {
        validator.RuleFor(q => from(q)).IsDate().OverridePropertyName("From");
        validator.RuleFor(q => to(q)).IsDate().OverridePropertyName("To");
        validator
            .RuleFor(q => from(q))
            .Must((q, f) => Parse(f) is not { } start || Parse(to(q)) is not { } end || start <= end)
            .OverridePropertyName("From")
            .WithMessage("from must not be later than to / 起始日期不能晚于截止日期.");
    }
}
