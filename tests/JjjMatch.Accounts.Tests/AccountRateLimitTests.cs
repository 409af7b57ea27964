using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Testing;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// Sign-in, registration and reset are limited per account (email address, whatever its case or spaces) besides the
/// per-address limit (turned off here to tell the two apart): the next request is 429 with a Retry-After within the
/// window and a Chinese and English problem, while another address goes on; an address without an account is
/// limited the same (no enumeration).
/// </summary>
public sealed class AccountRateLimitTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Accounts:AccountPermitLimit"] = "3",
        ["Accounts:AccountWindow"] = "00:10:00",
        ["Accounts:SensitivePermitLimit"] = "0",
    };

    [Fact]
    public async Task Sign_in_reset_and_registration_are_limited_per_account()
    {
        await using var host = new JjjMatchFactory(DatabaseTarget.Sqlite, null, Settings);
        var client = host.CreateClient();
        var email = AccountsClient.NewEmail("limited");

        foreach (var variant in new[] { email, email.ToUpperInvariant(), "  " + email })
        {
            (await SignInAsync(client, variant)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        await ShouldBeLimitedAsync(await SignInAsync(client, email));
        (await SignInAsync(client, AccountsClient.NewEmail("other"))).StatusCode.ShouldBe(
            HttpStatusCode.Unauthorized,
            "another account is not limited"
        );

        for (var i = 0; i < 3; i++)
        {
            (await ForgotAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Accepted, "its own window");
        }

        await ShouldBeLimitedAsync(await ForgotAsync(client, email));

        for (var i = 0; i < 3; i++)
        {
            var body = AccountsClient.Registration(email);
            (await client.PostAsJsonAsync("/api/organisations", body)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        await ShouldBeLimitedAsync(
            await client.PostAsJsonAsync("/api/organisations", AccountsClient.Registration(email))
        );
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email) =>
        client.PostAsJsonAsync("/api/account/signin", new { email, password = "wrong password 123" });

    private static Task<HttpResponseMessage> ForgotAsync(HttpClient client, string email) =>
        client.PostAsJsonAsync("/api/account/forgot-password", new { email });

    private static async Task ShouldBeLimitedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, await response.Content.ReadAsStringAsync());
        var seconds = int.Parse(
            response.Headers.GetValues("Retry-After").Single(),
            System.Globalization.CultureInfo.InvariantCulture
        );
        seconds.ShouldBeInRange(1, 600);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("Too many attempts for this account / 该账户尝试次数过多");
        problem.GetProperty("detail").GetString()!.ShouldContain($"{seconds} s");
    }
}
