namespace JjjMatch.Accounts.Domain;

/// <summary>Where an organisation stands with the operator (docs/accounts.md).</summary>
public enum OrganisationStatus
{
    /// <summary>Registered, waiting for the operator: it may draft, not publish.</summary>
    Pending,
    Approved,

    /// <summary>Refused with a reason; it may register again with corrected details.</summary>
    Rejected,

    /// <summary>Was approved; its listings stay but are marked, it may publish nothing new.</summary>
    Suspended,
}
