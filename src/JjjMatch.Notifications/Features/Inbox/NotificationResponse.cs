using System.Text.Json;
using JjjMatch.Notifications.Features.Webhooks;

namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>
/// One notification as the API shows it; <see cref="Data"/> is the same object a webhook body carries.
/// </summary>
public sealed record NotificationResponse(
    Guid Id,
    string Type,
    DateTime CreatedAt,
    bool Read,
    DateTime? ReadAt,
    Guid? AchievementId,
    Guid? DemandId,
    Guid? MatchId,
    Guid? ApplicationId,
    Guid? SavedSearchId,
    JsonElement Data
)
{
    public static NotificationResponse From(Notification n) =>
        new(
            n.Id,
            n.Type,
            n.CreatedAt,
            n.ReadAt is not null,
            n.ReadAt,
            n.AchievementId,
            n.DemandId,
            n.MatchId,
            n.ApplicationId,
            n.SavedSearchId,
            WebhookBody.ToElement(n.Data)
        );
}

/// <summary>A page of the inbox, with the organisation's unread count beside it.</summary>
public sealed record NotificationPage(
    IReadOnlyList<NotificationResponse> Items,
    int Page,
    int PageSize,
    int Total,
    int Unread
);
