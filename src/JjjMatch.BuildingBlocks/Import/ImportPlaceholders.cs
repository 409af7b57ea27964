using JjjMatch.Contracts.Shared;

namespace JjjMatch.BuildingBlocks.Import;

/// <summary>
/// What the import command writes where a market listing says nothing and the product needs a value (docs/import.md).
/// The contact is never public; the owner completes it (the API's rules apply again at the first update).
/// </summary>
public static class ImportPlaceholders
{
    public static Contact Contact { get; } = new("待补充 / to be completed by the owner", null, null);

    public const string OwnerInstitution = "未注明 / not stated";

    /// <summary>Imported demands are anonymous, so this name is never shown either.</summary>
    public const string EnterpriseName = "未注明企业 / enterprise not stated";
}
