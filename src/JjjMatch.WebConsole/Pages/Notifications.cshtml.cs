using System.Globalization;
using System.Text.Json;
using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>
/// The organisation's notifications (GET /api/notifications), newest first, for every role; each links to the console
/// page where the person acts on it, and can be marked read.
/// </summary>
public sealed class NotificationsModel(ConsoleApi api) : ConsolePage(api)
{
    public const int PageSize = 20;

    // The data fields (docs/notifications.md) that name what a notification is about.
    private static readonly string[] SubjectKeys =
    [
        "yourListingTitle",
        "achievementTitle",
        "listingTitle",
        "demandTitle",
        "otherListingTitle",
        "savedSearchName",
        "name",
    ];

    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Inbox? Inbox { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"/api/notifications?page={Math.Max(1, PageNumber)}&pageSize={PageSize}{(Unread ? "&unread=true" : "")}"
        );
        var result = await Api.GetAsync<Inbox>(query, ct);
        Inbox = result.Value;
        if (result.Problem?.Status == StatusCodes.Status404NotFound)
        {
            Error = L("本主机不提供通知服务。", "This host has no notifications service.");
            return Page();
        }

        return Refused(result.Problem) ?? Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var result = await Api.PostAsync<JsonElement>($"/api/notifications/{id}/read", null, ct);
        return await AfterAsync(result.Problem, L("已标为已读。", "Marked as read."), ct);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var result = await Api.PostAsync<MarkedRead>("/api/notifications/read-all", null, ct);
        var marked = result.Value?.Marked ?? 0;
        return await AfterAsync(result.Problem, L($"{marked} 条已标为已读。", $"{marked} marked as read."), ct);
    }

    /// <summary>This page's own link, keeping its filter.</summary>
    public string Link(int page) =>
        string.Create(CultureInfo.InvariantCulture, $"/console/notifications?p={page}{(Unread ? "&unread=true" : "")}");

    /// <summary>
    /// Where the person acts on a notification: the pair for a broker or the operator, otherwise the poster's own
    /// listing (an achievement for a university, a demand for an enterprise); null when the console has no such page.
    /// </summary>
    public string? Target(NotificationView notification) =>
        Role switch
        {
            "intermediary" or "operator" when notification.MatchId is { } match => $"/console/pairs/{match}",
            "university" when notification.AchievementId is { } achievement => $"/console/listings/{achievement}",
            "enterprise" when notification.DemandId is { } demand => $"/console/listings/{demand}",
            _ => null,
        };

    /// <summary>The titles or names the notification's data carries, in the order a person reads them.</summary>
    public static string Subject(NotificationView notification) =>
        notification.Data.ValueKind != JsonValueKind.Object
            ? ""
            : string.Join(
                " · ",
                SubjectKeys
                    .Select(key =>
                        notification.Data.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
                            ? value.GetString()
                            : null
                    )
                    .Where(text => !string.IsNullOrWhiteSpace(text))
                    .Distinct(StringComparer.Ordinal)
            );

    // Done: redirect, so that reloading the page does not post again. Refused: the API's message above the page.
    private async Task<IActionResult> AfterAsync(ApiProblem? problem, string notice, CancellationToken ct)
    {
        if (problem is null)
        {
            Notice = notice;
            return RedirectToPage(new { unread = Unread ? "true" : null, p = PageNumber });
        }

        return Refused(problem) ?? await OnGetAsync(ct);
    }
}
