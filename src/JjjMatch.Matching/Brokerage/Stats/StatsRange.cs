using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Brokerage.Deals;

namespace JjjMatch.Matching.Brokerage.Stats;

public enum PeriodUnit
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// The query of every statistic: from/to (Beijing calendar dates, both included) and an optional groupBy.
/// </summary>
public interface IStatsQuery
{
    string? From { get; }

    string? To { get; }

    string? GroupBy { get; }
}

public abstract class StatsQueryValidator<T> : AbstractValidator<T>
    where T : IStatsQuery
{
    protected StatsQueryValidator()
    {
        this.AddRangeRules(q => q.From, q => q.To);
        RuleFor(q => q.GroupBy)
            .Must(g => g is null || EnumRules.Parse<PeriodUnit>(g) is not null)
            .WithMessage("Group by month, quarter or year / 分组须为 month、quarter 或 year.");
    }
}

/// <summary>
/// A validated query: which instants and dates it covers, and the period each one falls in (Beijing time).
/// </summary>
public sealed record StatsRange(DateOnly? From, DateOnly? To, PeriodUnit? GroupBy)
{
    public const string Whole = "all";

    /// <summary>The UTC instant the range starts at, and the one it ends before.</summary>
    public DateTime? StartUtc => From is { } from ? BeijingTime.StartOf(from) : null;

    public DateTime? EndUtc => To is { } to ? BeijingTime.StartOf(to.AddDays(1)) : null;

    public static StatsRange Of(IStatsQuery query) =>
        new(DateRange.Parse(query.From), DateRange.Parse(query.To), EnumRules.Parse<PeriodUnit>(query.GroupBy));

    public bool Contains(DateTime? utc) =>
        utc is { } at && (StartUtc is not { } start || at >= start) && (EndUtc is not { } end || at < end);

    public bool Contains(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date <= to);

    public string PeriodOf(DateTime utc) => PeriodOf(BeijingTime.DateOf(utc));

    public string PeriodOf(DateOnly date) =>
        GroupBy switch
        {
            PeriodUnit.Month => $"{date.Year:D4}-{date.Month:D2}",
            PeriodUnit.Quarter => $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}",
            PeriodUnit.Year => $"{date.Year:D4}",
            _ => Whole,
        };

    /// <summary>
    /// Figures for the whole range, and per period (only periods with something in them, in order) when grouped.
    /// </summary>
    public StatsResponse<TFigures> Respond<TItem, TFigures>(
        IReadOnlyList<TItem> items,
        Func<TItem, string> period,
        Func<string, IReadOnlyList<TItem>, TFigures> figures
    ) =>
        new(
            From,
            To,
            GroupBy?.ToString().ToLowerInvariant(),
            figures(Whole, items),
            GroupBy is null
                ? []
                : items
                    .GroupBy(period)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => figures(g.Key, g.ToList()))
                    .ToList()
        );

    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}

/// <summary>
/// Every statistic's answer: the range asked for, the figures of the whole range, and the figures per period.
/// </summary>
public sealed record StatsResponse<TFigures>(
    DateOnly? From,
    DateOnly? To,
    string? GroupBy,
    TFigures Total,
    IReadOnlyList<TFigures> Periods
);
