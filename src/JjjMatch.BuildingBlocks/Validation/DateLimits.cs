using System.Globalization;
using FluentValidation;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// The calendar every date and time a caller gives must fall in (2000-01-01 to 2099-12-31, Beijing time for
/// dates): wide enough for any listing, deal or report, and far from the ends of .NET's calendar, where converting to
/// Beijing time or adding a day overflows.
/// </summary>
public static class DateLimits
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2099, 12, 31);

    private static readonly DateTimeOffset EarliestInstant = new(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly DateTimeOffset LatestInstant = new(2100, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static string Range => $"{Format(Earliest)} – {Format(Latest)}";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool Contains(DateTimeOffset instant) => instant >= EarliestInstant && instant < LatestInstant;

    /// <summary>An optional time query parameter within the calendar.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset?> WithinCalendar<T>(
        this IRuleBuilder<T, DateTimeOffset?> rule
    ) =>
        rule.Must(instant => instant is not { } value || Contains(value))
            .WithMessage($"Give a time between {Range} / 时间须在 {Range} 之间.");

    /// <summary>An optional date query parameter within the calendar.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> WithinCalendar<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(date => date is not { } value || Contains(value))
            .WithMessage($"Give a date between {Range} / 日期须在 {Range} 之间.");

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
