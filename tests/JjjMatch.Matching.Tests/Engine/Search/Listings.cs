using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Tests.Engine.Search;

internal static class Listings
{
    public static ListingDocument Achievement(
        string title,
        string text,
        bool active = true,
        Dictionary<string, string>? attributes = null,
        Guid? id = null
    ) => new(id ?? Guid.NewGuid(), ListingKind.Achievement, title, text, [], active, attributes ?? []);

    public static ListingDocument Demand(
        string title,
        string text,
        Dictionary<string, string>? attributes = null,
        Guid? id = null
    ) => new(id ?? Guid.NewGuid(), ListingKind.Demand, title, text, [], true, attributes ?? []);

    public static ListingQuery For(ListingKind kind, string text, int top = 10) =>
        new(text, new ListingFilter(kind), top);
}
