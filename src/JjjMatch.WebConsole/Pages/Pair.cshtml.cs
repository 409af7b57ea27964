using JjjMatch.WebConsole.Api;
using JjjMatch.WebConsole.Session;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>
/// One suggested pair: both listings side by side with the matched terms marked, the score's factors, the review
/// steps (claim, release, accept, reject), the trail, and the deal once the introduction is accepted.
/// </summary>
public sealed class PairModel(ConsoleApi api) : ConsolePage(api)
{
    public MatchView? Match { get; private set; }

    public AchievementView? Achievement { get; private set; }

    public DemandView? Demand { get; private set; }

    public IReadOnlyList<MatchDecisionView> History { get; private set; } = [];

    /// <summary>Whether the signed-in broker holds the claim (the trail's last claim is theirs).</summary>
    public bool ClaimedByMe =>
        Match?.Status == "claimed"
        && History.LastOrDefault(h => h.Action == "claim") is { } claim
        && claim.ActorId.ToString() == User.UserId();

    public bool IsBroker => IsRole("intermediary");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!IsRole("intermediary", "operator"))
        {
            return RedirectToPage("/Index");
        }

        return await LoadAsync(id, ct) ?? Page();
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) => StepAsync(id, "claim", null, ct);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) => StepAsync(id, "release", null, ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) => StepAsync(id, "accept", null, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, string? note, CancellationToken ct) =>
        StepAsync(id, "reject", new { reason, note = string.IsNullOrWhiteSpace(note) ? null : note }, ct);

    public async Task<IActionResult> OnPostDealAsync(Guid id, DealForm deal, CancellationToken ct)
    {
        var body = new
        {
            contractType = deal.ContractType,
            amount = deal.Amount,
            technologyAmount = deal.TechnologyAmount,
            signedOn = deal.SignedOn,
            contractNumber = string.IsNullOrWhiteSpace(deal.ContractNumber) ? null : deal.ContractNumber,
            buyer = string.IsNullOrWhiteSpace(deal.BuyerName) ? null : new { name = deal.BuyerName },
        };
        var result = await Api.PostAsync<DealView>($"/api/matches/{id}/deals", body, ct);
        if (result.Problem is null)
        {
            Notice = L("成交已登记。", "The deal is recorded.");
            return RedirectToPage("/Deals");
        }

        return Refused(result.Problem) ?? await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult> StepAsync(Guid id, string step, object? body, CancellationToken ct)
    {
        var result = await Api.PostAsync<MatchView>($"/api/matches/{id}/{step}", body, ct);
        if (result.Problem is null)
        {
            Notice = step switch
            {
                "claim" => L("已认领。", "Claimed."),
                "release" => L("已释放。", "Released."),
                "accept" => L(
                    "已撮合成功，双方联系方式已互相可见。",
                    "Accepted: both sides may now see each other's contacts."
                ),
                _ => L("已驳回。", "Rejected."),
            };
            return RedirectToPage(new { id });
        }

        return Refused(result.Problem) ?? await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var error = Error;
        var match = await Api.GetAsync<MatchView>($"/api/matches/{id}", ct);
        if (Refused(match.Problem) is { } away)
        {
            return away;
        }

        Match = match.Value;
        if (Match is not null)
        {
            Achievement = (await Api.GetAsync<AchievementView>($"/api/achievements/{Match.AchievementId}", ct)).Value;
            Demand = (await Api.GetAsync<DemandView>($"/api/demands/{Match.DemandId}", ct)).Value;
            History = (await Api.GetAsync<List<MatchDecisionView>>($"/api/matches/{id}/history", ct)).Value ?? [];
        }

        Error = error ?? Error;
        return null;
    }
}

public sealed record DealForm(
    string? ContractType,
    decimal? Amount,
    decimal? TechnologyAmount,
    DateOnly? SignedOn,
    string? ContractNumber,
    string? BuyerName
);
