using JjjMatch.WebConsole.Api;
using JjjMatch.WebConsole.Session;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JjjMatch.WebConsole.Pages;

/// <summary>What every console page shares: the API, the signed-in role, and the message of a refused step.</summary>
public abstract class ConsolePage(ConsoleApi api) : PageModel
{
    protected ConsoleApi Api { get; } = api;

    public string Role => User.Role();

    /// <summary>The API's answer to the last step when it refused it, shown above the page.</summary>
    public string? Error { get; protected set; }

    [TempData]
    public string? Notice { get; set; }

    public string L(string chinese, string english) => Text.ConsoleText.L(HttpContext, chinese, english);

    /// <summary>
    /// Null when the API answered; otherwise the page's error, or a fresh sign-in when the token has expired.
    /// </summary>
    protected IActionResult? Refused(ApiProblem? problem)
    {
        if (problem is null)
        {
            return null;
        }

        if (problem.SessionEnded)
        {
            return RedirectToPage("/SignIn", new { expired = true });
        }

        Error = problem.Message;
        return null;
    }

    protected bool IsRole(params string[] roles) => roles.Contains(Role, StringComparer.OrdinalIgnoreCase);
}
