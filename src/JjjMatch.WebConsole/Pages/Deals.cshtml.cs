using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>The deals the broker brokered (all of them for the operator) and their export for registration.</summary>
public sealed class DealsModel(ConsoleApi api) : ConsolePage(api)
{
    public Paged<DealView>? Deals { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsRole("intermediary", "operator"))
        {
            return RedirectToPage("/Index");
        }

        var result = await Api.GetAsync<Paged<DealView>>("/api/deals?pageSize=100" + Range(), ct);
        Deals = result.Value;
        return Refused(result.Problem) ?? Page();
    }

    /// <summary>The API's CSV (UTF-8 with BOM, formula-guarded) passed on as it is.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        using var response = await Api.GetRawAsync("/api/deals/export?format=csv" + Range(), ct);
        if (!response.IsSuccessStatusCode)
        {
            Error = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            return await OnGetAsync(ct);
        }

        var name = response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? "jjjmatch-deals.csv";
        return File(await response.Content.ReadAsByteArrayAsync(ct), "text/csv; charset=utf-8", name);
    }

    private string Range() =>
        (string.IsNullOrWhiteSpace(From) ? "" : "&from=" + Uri.EscapeDataString(From))
        + (string.IsNullOrWhiteSpace(To) ? "" : "&to=" + Uri.EscapeDataString(To));
}
