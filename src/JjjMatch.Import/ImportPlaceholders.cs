namespace JjjMatch.Import;

/// <summary>
/// What the import command writes where a market listing says nothing and the product needs a value (docs/import.md);
/// the contact's placeholder is <see cref="Contracts.Shared.Contact.ToBeCompleted"/>.
/// </summary>
public static class ImportPlaceholders
{
    public const string OwnerInstitution = "未注明 / not stated";

    /// <summary>Imported demands are anonymous, so this name is never shown either.</summary>
    public const string EnterpriseName = "未注明企业 / enterprise not stated";
}
