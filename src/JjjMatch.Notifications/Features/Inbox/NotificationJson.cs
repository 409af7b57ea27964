using System.Text.Json;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>
/// The API's JSON conventions, for what this service writes itself (notification data, webhook bodies).
/// </summary>
public static class NotificationJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
