namespace JjjMatch.Notifications;

/// <summary>Configuration section "Notifications": limits per organisation and the workers' timing.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    public int MaxSavedSearchesPerOrganisation { get; set; } = 50;

    public int MaxWebhooksPerOrganisation { get; set; } = 5;

    /// <summary>How long before an open list's deadline its owner is reminded.</summary>
    public TimeSpan DeadlineReminderLead { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often the reminder and digest worker looks.</summary>
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far back a broker organisation, first seen or with a wider coverage, is told of the open pairs it covers.
    /// </summary>
    public TimeSpan BrokerCatchUpWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>At most this many of those pairs, the newest.</summary>
    public int BrokerCatchUpLimit { get; set; } = 200;

    /// <summary>
    /// A re-scored pair already above a poster's threshold is told again only when it rose at least this much over
    /// the score last told (docs/notifications.md).
    /// </summary>
    public double RescoreNotifyStep { get; set; } = 0.1;
}
