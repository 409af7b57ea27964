using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.Notifications.Features.Inbox;

namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// A delivery's body: <c>{"id", "type", "timestamp", "data"}</c>, where data holds the notification's subject ids and
/// its own fields, exactly what the in-app notification carries and nothing more.
/// </summary>
public static class WebhookBody
{
    public static string Of(Notification notification) =>
        Write(notification.Id, notification.Type, notification.CreatedAt, Data(notification));

    public static string Write(Guid id, string type, DateTime at, JsonObject data) =>
        new JsonObject
        {
            ["id"] = id.ToString(),
            ["type"] = type,
            ["timestamp"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["data"] = data,
        }.ToJsonString(NotificationJson.Options);

    public static JsonObject Data(Notification notification)
    {
        var data = JsonNode.Parse(notification.Data) as JsonObject ?? [];
        Put(data, "achievementId", notification.AchievementId);
        Put(data, "demandId", notification.DemandId);
        Put(data, "matchId", notification.MatchId);
        Put(data, "applicationId", notification.ApplicationId);
        Put(data, "savedSearchId", notification.SavedSearchId);
        return data;
    }

    public static WebhookDelivery Delivery(Guid endpointId, Notification notification, string body) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            EndpointId = endpointId,
            OrganisationId = notification.OrganisationId,
            MessageId = MessageId(notification.Id),
            Type = notification.Type,
            Body = body,
            CreatedAt = notification.CreatedAt,
            NextAttemptAt = notification.CreatedAt,
        };

    /// <summary>The <c>webhook-id</c> of a notification: the same on every endpoint, retry and replay.</summary>
    public static string MessageId(Guid notificationId) => "msg_" + notificationId.ToString("N");

    private static void Put(JsonObject data, string name, Guid? id)
    {
        if (id is { } value)
        {
            data[name] = value.ToString();
        }
    }

    public static JsonElement ToElement(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
