using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>/console: each role's home.</summary>
public sealed class IndexModel(ConsoleApi api) : ConsolePage(api)
{
    public IActionResult OnGet() =>
        Role switch
        {
            "intermediary" => RedirectToPage("/Queue"),
            "operator" => RedirectToPage("/Stats"),
            "university" or "enterprise" => RedirectToPage("/Listings"),
            _ => Page(),
        };
}
