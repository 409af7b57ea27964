using Microsoft.Extensions.Options;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// The links mails carry: each names the person and an Identity token (time-limited by
/// <see cref="AccountsOptions.LinkLifetime"/>, bound to the person's security stamp, so one use spends it).
/// </summary>
public sealed class AccountLinks(IOptions<AccountsOptions> options)
{
    public string ConfirmEmail(Guid userId, string token) => Link("/account/confirm-email", userId, token);

    public string ResetPassword(Guid userId, string token) => Link("/account/reset-password", userId, token);

    public string AcceptInvitation(Guid userId, string token) => Link("/account/invitation", userId, token);

    private string Link(string path, Guid userId, string token) =>
        $"{(options.Value.PublicBaseUrl ?? options.Value.Issuer ?? "http://localhost:5080").TrimEnd('/')}{path}"
        + $"?userId={userId}&token={Uri.EscapeDataString(token)}";
}
