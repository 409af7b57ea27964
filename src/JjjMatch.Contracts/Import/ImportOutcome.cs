namespace JjjMatch.Contracts.Import;

/// <summary>What importing one listing did.</summary>
public enum ImportOutcome
{
    /// <summary>Stored and on the market: an achievement published, a demand opened.</summary>
    Published,

    /// <summary>
    /// Stored as a draft because the line asked for it ("publish": false, or the market says transfer ended).
    /// </summary>
    Draft,

    /// <summary>Stored as a draft because the demand's deadline has passed.</summary>
    DraftPastDeadline,

    /// <summary>A listing with the same import key exists; nothing was written.</summary>
    AlreadyImported,
}
