namespace JjjMatch.BuildingBlocks.Http;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>A query that pages its answer: <c>page</c> (1-based) and <c>pageSize</c>.</summary>
public interface IPagedQuery
{
    int? Page { get; }

    int? PageSize { get; }
}

public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>The highest page asked for: 100,000 pages of 100 reach ten million rows, past any list here.</summary>
    public const int MaxPage = 100_000;

    /// <summary>
    /// Page sizes above the cap are served at the cap rather than refused; the response says which size was used.
    /// </summary>
    public static int Cap(int? pageSize) => Math.Clamp(pageSize ?? 20, 1, MaxPageSize);

    /// <summary>
    /// Rows before the page, computed without wrapping: a page past the end is empty, never the first.
    /// </summary>
    public static int Offset(int? page, int size) =>
        (int)Math.Min(int.MaxValue, (Math.Max(page ?? 1, 1) - 1L) * Math.Max(size, 1));
}
