using JjjMatch.WebConsole.Api;
using JjjMatch.WebConsole.Session;
using Microsoft.AspNetCore.Mvc;

namespace JjjMatch.WebConsole.Pages;

/// <summary>
/// Sign in with your account (the token server, when this host serves one), a demo account (embedded default) or a
/// pasted token; sign out.
/// </summary>
public sealed class SignInModel(ConsoleApi api, ConsoleSignIn signIn, AccountSignIn accountSignIn) : ConsolePage(api)
{
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public bool Expired { get; private set; }

    /// <summary>Whether this host's token server offers the authorization-code sign-in.</summary>
    public bool AccountsServed { get; private set; }

    public async Task OnGetAsync(bool expired, string? failed, CancellationToken ct)
    {
        Expired = expired;
        Error = failed switch
        {
            null or "" => null,
            AccountSignIn.Failure.Denied => L("登录已取消或未获授权。", "Sign-in was cancelled or not allowed."),
            AccountSignIn.Failure.State => L(
                "登录请求无效或已过期，请重新登录。",
                "The sign-in request was not valid or has expired; please sign in again."
            ),
            AccountSignIn.Failure.Unavailable => L(
                "本主机不提供账号登录。",
                "This host offers no sign-in with an account."
            ),
            _ => L("账号登录未成功，请重试。", "Signing in with your account did not succeed; please try again."),
        };
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        DemoAccounts = await signIn.DemoAccountsAsync(ct);
        AccountsServed = await accountSignIn.AuthorizationEndpointAsync(ct) is not null;
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
        await LoadAsync(ct);
        return Page();
    }
}
