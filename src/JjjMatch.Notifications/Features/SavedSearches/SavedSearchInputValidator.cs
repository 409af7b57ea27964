using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Notifications.Features.SavedSearches;

public sealed class SavedSearchInputValidator : AbstractValidator<SavedSearchInput>
{
    public const int NameMax = 100,
        TextMax = 200;

    public SavedSearchInputValidator(CurrentUser user)
    {
        RuleFor(x => x.Name).NotEmpty().Characters(1, NameMax);
        RuleFor(x => x.Text)
            .NotEmpty()
            .Characters(1, TextMax)
            .Must(t => TextAnalyzer.Matching.Analyze(t).Count > 0)
            .WithMessage("The text has no searchable word / 检索词为空.");
        RuleFor(x => x.Frequency)
            .NotEmpty()
            .Must(f => f is SavedSearch.Immediate or SavedSearch.Daily)
            .WithMessage("Use immediate or daily / 频率须为 immediate 或 daily.");
        RuleFor(x => x.DigestHour)
            .NotNull()
            .InclusiveBetween(0, 23)
            .When(x => x.Frequency == SavedSearch.Daily)
            .WithMessage("A daily search names its Beijing-time hour, 0 to 23 / 每日摘要须指定北京时间 0-23 时.");
        RuleFor(x => x.DigestHour)
            .Null()
            .When(x => x.Frequency == SavedSearch.Immediate)
            .WithMessage("Only a daily search has a digest hour / 仅每日摘要可指定时刻.");
        RuleFor(x => x.Side)
            .Must(side => SavedSearchSide.IsValid(user, side))
            .WithMessage(_ =>
                SavedSearchSide.Of(user) is { } fixedSide
                    ? $"Your role searches {fixedSide} / 您的角色只能检索 {fixedSide}."
                    : "Name the side: achievements or demands / 请指定 achievements 或 demands."
            );
        RuleFor(x => x.Industry)
            .Must(Industries.IsKnown)
            .When(x => x.Industry is not null)
            .WithMessage("Unknown industry code; use a code from GET /api/taxonomy/industries / 行业代码无效.");
        RuleFor(x => x.Province).IsEnumName<SavedSearchInput, Province>();
        RuleFor(x => x.City)
            .Must((x, city) => EnumRules.Parse<Province>(x.Province) is { } p && Regions.IsValidCity(p, city))
            .When(x => x.City is not null)
            .WithMessage("Give a province, and a city of it / 城市须属于所填省份.");
        RuleFor(x => x.MaturityMin).InclusiveBetween(MaturityLevels.Min, MaturityLevels.Max);
        RuleFor(x => x.MaturityMax).InclusiveBetween(MaturityLevels.Min, MaturityLevels.Max);
        RuleFor(x => x.Maturity).InclusiveBetween(MaturityLevels.Min, MaturityLevels.Max);
        RuleFor(x => x.MaturityMin)
            .LessThanOrEqualTo(x => x.MaturityMax)
            .When(x => x.MaturityMin is not null && x.MaturityMax is not null);
        RuleFor(x => x.PriceMin).InclusiveBetween(0, MoneyLimits.MaxAmount);
        RuleFor(x => x.PriceMax).InclusiveBetween(0, MoneyLimits.MaxAmount);
        RuleFor(x => x.PriceMin)
            .LessThanOrEqualTo(x => x.PriceMax)
            .When(x => x.PriceMin is not null && x.PriceMax is not null)
            .WithMessage("priceMin must not be above priceMax / 最低金额不能高于最高金额.");
        RuleFor(x => x.CooperationMode)
            .Must(m => EnumRules.Parse<CooperationModes>(m) is { } mode && mode != CooperationModes.None)
            .When(x => x.CooperationMode is not null)
            .WithMessage($"Use one of: {string.Join(", ", Enum.GetNames<CooperationModes>().Skip(1))}");
        RuleFor(x => x.Maturity)
            .Null()
            .When(x =>
                SavedSearchSide.Of(user) == SavedSearchSides.Achievements || Is(x.Side, SavedSearchSides.Achievements)
            )
            .WithMessage(
                "Achievements are filtered by maturityMin and maturityMax / 成果按 maturityMin/maturityMax 筛选."
            );
        RuleFor(x => x.MaturityMin)
            .Null()
            .When(x => SavedSearchSide.Of(user) == SavedSearchSides.Demands || Is(x.Side, SavedSearchSides.Demands))
            .WithMessage("Demands are filtered by maturity / 需求按 maturity 筛选.");
        RuleFor(x => x.MaturityMax)
            .Null()
            .When(x => SavedSearchSide.Of(user) == SavedSearchSides.Demands || Is(x.Side, SavedSearchSides.Demands))
            .WithMessage("Demands are filtered by maturity / 需求按 maturity 筛选.");
    }

    private static bool Is(string? side, string expected) =>
        string.Equals(side, expected, StringComparison.OrdinalIgnoreCase);
}
