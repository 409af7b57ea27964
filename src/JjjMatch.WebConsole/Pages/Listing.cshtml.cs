using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>
/// One own listing: the matcher's suggestions with their explanations, the introductions made (with the contacts the
/// other side now shares), and for a demand its applications, which the enterprise may award.
/// </summary>
public sealed class ListingModel(ConsoleApi api) : ConsolePage(api)
{
    public OwnedListing? Listing { get; private set; }

    public DemandView? Demand { get; private set; }

    public IReadOnlyList<MatchView> Suggestions { get; private set; } = [];

    public IReadOnlyList<Introduction> Introductions { get; private set; } = [];

    public IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    public bool IsDemand => IsRole("enterprise");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        !IsRole("university", "enterprise") ? RedirectToPage("/Index") : await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAwardAsync(Guid id, Guid applicationId, CancellationToken ct)
    {
        var result = await Api.PostAsync<DemandView>($"/api/demands/{id}/applications/{applicationId}/award", null, ct);
        if (result.Problem is null)
        {
            Notice = L("已确定揭榜方。", "The demand is awarded.");
            return RedirectToPage(new { id });
        }

        return Refused(result.Problem) ?? await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var error = Error;
        if (IsDemand)
        {
            var mine = await Api.GetAsync<Paged<OwnedDemand>>("/api/demands/mine?pageSize=100", ct);
            var owned = mine.Value?.Items.FirstOrDefault(d => d.Demand.Id == id);
            Listing = owned is null ? null : OwnedListing.From(owned);
            Demand = owned?.Demand;
            Applications = (
                await Api.GetAsync<Paged<ApplicationView>>($"/api/demands/{id}/applications?pageSize=100", ct)
            )
                .Value
                ?.Items
                ?? [];
        }
        else
        {
            var mine = await Api.GetAsync<Paged<OwnedAchievement>>("/api/achievements/mine?pageSize=100", ct);
            var owned = mine.Value?.Items.FirstOrDefault(a => a.Achievement.Id == id);
            Listing = owned is null ? null : OwnedListing.From(owned);
        }

        // The API lists one status at a time (suggested by default): the pending ones, the decided ones.
        var side = IsDemand ? "demandId" : "achievementId";
        var suggestions = new List<MatchView>();
        foreach (var status in new[] { "suggested", "claimed", "accepted", "rejected" })
        {
            var matches = await Api.GetAsync<Paged<MatchView>>(
                $"/api/matches?{side}={id}&status={status}&pageSize=100",
                ct
            );
            if (Refused(matches.Problem) is { } away)
            {
                return away;
            }

            suggestions.AddRange(matches.Value?.Items ?? []);
        }

        Suggestions = suggestions;
        var introductions = new List<Introduction>();
        foreach (var accepted in Suggestions.Where(m => m.Status == "accepted"))
        {
            introductions.Add(
                IsDemand
                    ? Introduction.Of(
                        (await Api.GetAsync<AchievementView>($"/api/achievements/{accepted.AchievementId}", ct)).Value,
                        accepted
                    )
                    : Introduction.Of(
                        (await Api.GetAsync<DemandView>($"/api/demands/{accepted.DemandId}", ct)).Value,
                        accepted
                    )
            );
        }

        Introductions = introductions;
        Error = error ?? Error;
        return Listing is null ? NotFound() : null;
    }
}

/// <summary>An accepted match seen from one side: the other listing and the contact it now shares.</summary>
public sealed record Introduction(
    MatchView Match,
    string Title,
    string? Organisation,
    Contracts.Shared.Contact? Contact
)
{
    public static Introduction Of(AchievementView? other, MatchView match) =>
        new(match, other?.Title ?? match.AchievementTitle ?? "", other?.OwnerInstitution, other?.Contact);

    public static Introduction Of(DemandView? other, MatchView match) =>
        new(match, other?.Title ?? match.DemandTitle ?? "", other?.EnterpriseName, other?.Contact);
}
