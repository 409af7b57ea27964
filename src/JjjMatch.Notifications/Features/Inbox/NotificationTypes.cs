namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>The notification types, as the API and webhook bodies name them (docs/notifications.md).</summary>
public static class NotificationTypes
{
    public const string MatchSuggested = "match.suggested";
    public const string MatchRescored = "match.rescored";
    public const string MatchClaimed = "match.claimed";
    public const string MatchAccepted = "match.accepted";
    public const string MatchRejected = "match.rejected";
    public const string MatchWithdrawn = "match.withdrawn";
    public const string BrokerPairSuggested = "broker.pairSuggested";
    public const string ApplicationSubmitted = "application.submitted";
    public const string ApplicationAwarded = "application.awarded";
    public const string ApplicationDeclined = "application.declined";
    public const string DemandDeadlineSoon = "demand.deadlineSoon";
    public const string DealRecorded = "deal.recorded";
    public const string SavedSearchHit = "savedSearch.hit";
    public const string SavedSearchDigest = "savedSearch.digest";
    public const string WebhookDisabled = "webhook.disabled";
    public const string WebhookPing = "webhook.ping";
    public const string OrganisationApproved = "organisation.approved";
    public const string OrganisationRejected = "organisation.rejected";
    public const string OrganisationSuspended = "organisation.suspended";

    public static IReadOnlyList<string> All { get; } =
    [
        MatchSuggested,
        MatchRescored,
        MatchClaimed,
        MatchAccepted,
        MatchRejected,
        MatchWithdrawn,
        BrokerPairSuggested,
        ApplicationSubmitted,
        ApplicationAwarded,
        ApplicationDeclined,
        DemandDeadlineSoon,
        DealRecorded,
        SavedSearchHit,
        SavedSearchDigest,
        WebhookDisabled,
        OrganisationApproved,
        OrganisationRejected,
        OrganisationSuspended,
    ];
}
