namespace JjjMatch.Matching.Engine.Search;

/// <summary>Names of the filterable attributes the matcher puts on its documents.</summary>
public static class ListingAttributes
{
    public const string Industry = "industry";
    public const string IndustryParent = "industryParent";
    public const string Province = "province";
}
