using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>The operator's statistics (GET /api/stats/*) as charts; dates and periods are Beijing time.</summary>
public sealed class StatsModel(ConsoleApi api) : ConsolePage(api)
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? GroupBy { get; set; }

    public Stats<FunnelFigures>? Funnel { get; private set; }

    public Stats<ReviewTimeFigures>? ReviewTime { get; private set; }

    public Stats<AcceptanceFigures>? Acceptance { get; private set; }

    public Stats<ContractValueFigures>? ContractValue { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsRole("operator"))
        {
            return RedirectToPage("/Index");
        }

        var query = Query();
        var funnel = await Api.GetAsync<Stats<FunnelFigures>>("/api/stats/funnel" + query, ct);
        if (Refused(funnel.Problem) is { } away)
        {
            return away;
        }

        Funnel = funnel.Value;
        ReviewTime = (await Api.GetAsync<Stats<ReviewTimeFigures>>("/api/stats/review-time" + query, ct)).Value;
        Acceptance = (await Api.GetAsync<Stats<AcceptanceFigures>>("/api/stats/acceptance" + query, ct)).Value;
        ContractValue = (
            await Api.GetAsync<Stats<ContractValueFigures>>("/api/stats/contract-value" + query, ct)
        ).Value;
        return Page();
    }

    private string Query()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(From))
        {
            parts.Add("from=" + Uri.EscapeDataString(From));
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            parts.Add("to=" + Uri.EscapeDataString(To));
        }

        if (!string.IsNullOrWhiteSpace(GroupBy))
        {
            parts.Add("groupBy=" + Uri.EscapeDataString(GroupBy));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
