using FluentValidation;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>The one range of <c>page</c> and <c>pageSize</c>, for every paged query.</summary>
public static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator
            .RuleFor(q => q.Page)
            .InclusiveBetween(1, Paging.MaxPage)
            .When(q => q.Page is not null)
            .WithMessage($"page must be between 1 and {Paging.MaxPage} / 页码须在 1 到 {Paging.MaxPage} 之间.");
        validator
            .RuleFor(q => q.PageSize)
            .GreaterThanOrEqualTo(1)
            .When(q => q.PageSize is not null)
            .WithMessage(
                $"pageSize must be at least 1 (above {Paging.MaxPageSize} the page holds {Paging.MaxPageSize}) "
                    + "/ 每页条数至少为 1."
            );
    }
}
