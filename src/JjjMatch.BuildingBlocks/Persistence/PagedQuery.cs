using JjjMatch.BuildingBlocks.Http;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Persistence;

public static class PagedQuery
{
    /// <summary>
    /// Counts the filtered rows, then reads one page of them in the given order (the page size capped).
    /// </summary>
    public static async Task<Paged<TResult>> ToPagedAsync<T, TResult>(
        this IQueryable<T> filtered,
        Func<IQueryable<T>, IOrderedQueryable<T>> order,
        int? page,
        int? pageSize,
        Func<T, TResult> map,
        CancellationToken cancellationToken
    )
    {
        var size = Paging.Cap(pageSize);
        var number = page ?? 1;
        var total = await filtered.CountAsync(cancellationToken);
        var items = await order(filtered).Skip(Paging.Offset(number, size)).Take(size).ToListAsync(cancellationToken);
        return new Paged<TResult>(items.Select(map).ToList(), number, size, total);
    }
}
