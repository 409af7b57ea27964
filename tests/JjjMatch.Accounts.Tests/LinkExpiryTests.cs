using System.Net.Http.Json;
using JjjMatch.Testing;

namespace JjjMatch.Accounts.Tests;

/// <summary>Links that live one second, to see one expire.</summary>
public sealed class ShortLinksHost()
    : AccountsHost(
        DatabaseTarget.Sqlite,
        smtp: false,
        new Dictionary<string, string> { ["Accounts:LinkLifetime"] = "00:00:01" }
    );

public sealed class LinkExpiryTests(ShortLinksHost host) : IClassFixture<ShortLinksHost>
{
    private readonly AccountsClient client = new(host);

    [Fact]
    public async Task An_expired_confirmation_link_is_refused()
    {
        var email = AccountsClient.NewEmail();
        await client.RegisterAsync(AccountsClient.Registration(email));
        var (_, userId, token) = Mailbox.LinkIn(await host.Mail.WaitForAsync(email));

        await Task.Delay(TimeSpan.FromSeconds(2));
        var late = await client.Anonymous.PostAsJsonAsync("/api/account/confirm-email", new { userId, token });

        await late.ShouldBeValidationProblemAsync("token");
        await (await AccountsClient.SignInAsync(client.Browser(), email)).ShouldBeProblemAsync(
            System.Net.HttpStatusCode.Forbidden
        );
    }
}
