using JjjMatch.WebConsole.Api;
using JjjMatch.WebConsole.Session;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>Sign in with a demo account (embedded default) or a pasted token; sign out.</summary>
public sealed class SignInModel(ConsoleApi api, ConsoleSignIn signIn) : ConsolePage(api)
{
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public bool Expired { get; private set; }

    public async Task OnGetAsync(bool expired, CancellationToken ct)
    {
        Expired = expired;
        DemoAccounts = await signIn.DemoAccountsAsync(ct);
    }

    public async Task<IActionResult> OnPostDemoAsync(string account, CancellationToken ct)
    {
        var problem = await signIn.WithDemoAccountAsync(account ?? "", ct);
        return await Done(problem, ct);
    }

    public async Task<IActionResult> OnPostTokenAsync(string token, CancellationToken ct)
    {
        var problem = await signIn.StartAsync(token ?? "", ct);
        return await Done(problem, ct);
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.EndAsync();
        return RedirectToPage("/SignIn");
    }

    private async Task<IActionResult> Done(ApiProblem? problem, CancellationToken ct)
    {
        if (problem is null)
        {
            return Redirect("/console");
        }

        Error =
            problem.Status == 401 ? L("令牌无效或已过期。", "The token is not valid or has expired.") : problem.Message;
        DemoAccounts = await signIn.DemoAccountsAsync(ct);
        return Page();
    }
}
