using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>A university's achievements or an enterprise's demands, with their status.</summary>
public sealed class ListingsModel(ConsoleApi api) : ConsolePage(api)
{
    public IReadOnlyList<OwnedListing> Listings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsRole("university"))
        {
            var mine = await Api.GetAsync<Paged<OwnedAchievement>>("/api/achievements/mine?pageSize=100", ct);
            Listings = mine.Value?.Items.Select(OwnedListing.From).ToList() ?? [];
            return Refused(mine.Problem) ?? Page();
        }

        if (IsRole("enterprise"))
        {
            var mine = await Api.GetAsync<Paged<OwnedDemand>>("/api/demands/mine?pageSize=100", ct);
            Listings = mine.Value?.Items.Select(OwnedListing.From).ToList() ?? [];
            return Refused(mine.Problem) ?? Page();
        }

        return RedirectToPage("/Index");
    }
}

/// <summary>An own listing of either kind, as the console lists it.</summary>
public sealed record OwnedListing(Guid Id, string Title, string Status, string Industry, string Detail)
{
    public static OwnedListing From(OwnedAchievement owned) =>
        new(
            owned.Achievement.Id,
            owned.Achievement.Title,
            owned.Achievement.Status,
            owned.Achievement.Industry,
            owned.Achievement.Summary
        );

    public static OwnedListing From(OwnedDemand owned) =>
        new(
            owned.Demand.Id,
            owned.Demand.Title,
            owned.Demand.Status,
            owned.Demand.Industry,
            owned.Demand.ProblemDescription
        );
}
