namespace JjjMatch.Contracts.Shared;

/// <summary>
/// Who to call about a listing (an achievement or a demand); never public, revealed only by an accepted introduction.
/// </summary>
public sealed record Contact(string Name, string? Phone, string? Email)
{
    /// <summary>
    /// What the import command writes when a market listing gives no contact (docs/import.md). Only the services'
    /// import
    /// rules accept it; the API's rules apply again when the owner first updates the listing.
    /// </summary>
    public static Contact ToBeCompleted { get; } = new("待补充 / to be completed by the owner", null, null);
}
