using System.Globalization;
using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>The review queue with the API's filters (GET /api/review/queue) for brokers and the operator.</summary>
public sealed class QueueModel(ConsoleApi api) : ConsolePage(api)
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MinScore { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MaxAgeDays { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<QueueItem>? Queue { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsRole("intermediary", "operator"))
        {
            return RedirectToPage("/Index");
        }

        var result = await Api.GetAsync<Paged<QueueItem>>("/api/review/queue" + Query(PageNumber), ct);
        Queue = result.Value;
        return Refused(result.Problem) ?? Page();
    }

    /// <summary>The API's query for this page's filters; empty fields are left out.</summary>
    public string Query(int page)
    {
        var parts = new List<string>();
        Add(parts, "status", Status);
        Add(parts, "region", Region);
        Add(parts, "industry", Industry);
        Add(parts, "minScore", MinScore);
        Add(parts, "maxAgeDays", MaxAgeDays);
        parts.Add("page=" + Math.Max(1, page).ToString(CultureInfo.InvariantCulture));
        parts.Add("pageSize=" + PageSize.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join("&", parts);
    }

    /// <summary>This page's own link to another page of the same filters.</summary>
    public string Link(int page)
    {
        var parts = new List<string>();
        Add(parts, "status", Status);
        Add(parts, "region", Region);
        Add(parts, "industry", Industry);
        Add(parts, "minScore", MinScore);
        Add(parts, "maxAgeDays", MaxAgeDays);
        parts.Add("p=" + page.ToString(CultureInfo.InvariantCulture));
        return "/console/queue?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }
}
