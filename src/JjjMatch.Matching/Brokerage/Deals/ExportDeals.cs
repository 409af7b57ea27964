using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>
/// GET /api/deals/export: the caller's deals (all for the operator) signed in [from, to], oldest first, one row each.
/// </summary>
public sealed record ExportDeals(string? Format, string? From, string? To) : IRequest<IReadOnlyList<DealExportRow>>
{
    public static readonly string[] Formats = ["csv", "json"];

    public bool IsJson => string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase);
}

public sealed class ExportDealsValidator : AbstractValidator<ExportDeals>
{
    public ExportDealsValidator()
    {
        RuleFor(q => q.Format)
            .Must(f => f is null || ExportDeals.Formats.Contains(f.ToLowerInvariant()))
            .WithMessage("Use format=csv or format=json / 导出格式须为 csv 或 json.");
        this.AddRangeRules(q => q.From, q => q.To);
    }
}

public sealed class ExportDealsHandler(MatchingDbContext db, CurrentUser user)
    : IRequestHandler<ExportDeals, IReadOnlyList<DealExportRow>>
{
    public async Task<IReadOnlyList<DealExportRow>> Handle(ExportDeals q, CancellationToken cancellationToken) =>
        (
            await DealFilters
                .Visible(db.Deals.AsNoTracking(), user)
                .SignedBetween(DateRange.Parse(q.From), DateRange.Parse(q.To))
                .OrderBy(d => d.SignedOn)
                .ThenBy(d => d.RecordedAt)
                .ThenBy(d => d.Id)
                .ToListAsync(cancellationToken)
        )
            .Select(DealExportRow.From)
            .ToList();
}
