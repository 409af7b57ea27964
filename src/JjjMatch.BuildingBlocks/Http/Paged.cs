namespace JjjMatch.BuildingBlocks.Http;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Page sizes above the cap are served at the cap rather than refused; the response says which size was used.
    /// </summary>
    public static int Cap(int? pageSize) => Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
}
