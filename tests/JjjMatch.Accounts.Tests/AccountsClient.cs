using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.Accounts.Domain;
using JjjMatch.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// What a person and the console do over HTTP: register, confirm from the mail, sign in (cookie), the authorization
/// code flow with PKCE, refresh; and the operator's calls with an operator token.
/// </summary>
public sealed class AccountsClient(JjjMatchFactory host, Mailbox mail)
{
    public AccountsClient(AccountsHost host)
        : this(host, host.Mail) { }

    public const string Password = "correct horse battery";
    public const string Console = "jjjmatch-console";
    public const string Callback = "http://localhost:5080/console/signin-callback";

    public HttpClient Anonymous { get; } = host.CreateClient();

    public HttpClient Operator { get; } = host.CreateClient(TestAccounts.Operator);

    /// <summary>A browser: keeps cookies, does not follow redirects (the test reads them).</summary>
    public HttpClient Browser() =>
        host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public static string NewEmail(string who = "admin") => $"{who}.{Guid.NewGuid():N}@example.cn";

    public static string NewCreditCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var first =
            "91"
            + "110108"
            + string.Concat(Enumerable.Range(0, 9).Select(_ => alphabet[RandomNumberGenerator.GetInt32(31)]));
        return first + CreditCode.CheckCharacter(first);
    }

    public static JsonObject Registration(string email, string kind = "university", string? creditCode = null) =>
        new()
        {
            ["name"] = "北京测试大学技术转移中心",
            ["nameEn"] = "Beijing Test University TTO",
            ["kind"] = kind,
            ["province"] = "beijing",
            ["city"] = "北京",
            ["creditCode"] = creditCode ?? NewCreditCode(),
            ["contactName"] = "李老师",
            ["contactPhone"] = "010-62780000",
            ["email"] = email,
            ["password"] = Password,
        };

    public Task<HttpResponseMessage> RegisterAsync(JsonObject body) =>
        Anonymous.PostAsJsonAsync("/api/organisations", body);

    /// <summary>
    /// Registers, confirms the address from the mail, and returns the organisation's id (operator's view).
    /// </summary>
    public async Task<Guid> RegisteredAndConfirmedAsync(string email, string kind = "university")
    {
        var body = Registration(email, kind);
        var response = await RegisterAsync(body);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await ConfirmFromMailAsync(email);
        return await OrganisationIdAsync(body["creditCode"]!.GetValue<string>());
    }

    public async Task ConfirmFromMailAsync(string email, int count = 1)
    {
        var (_, userId, token) = Mailbox.LinkIn(await mail.WaitForAsync(email, count));
        var confirmed = await Anonymous.PostAsJsonAsync("/api/account/confirm-email", new { userId, token });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await confirmed.Content.ReadAsStringAsync());
    }

    public async Task<Guid> OrganisationIdAsync(string creditCode)
    {
        var all = await Operator.GetFromJsonAsync<JsonElement>("/api/organisations");
        return all.EnumerateArray()
            .Single(o => o.GetProperty("creditCode").GetString() == creditCode)
            .GetProperty("id")
            .GetGuid();
    }

    public Task<HttpResponseMessage> ReviewAsync(Guid organisation, string step, string? reason = null) =>
        Operator.PostAsJsonAsync($"/api/organisations/{organisation}/{step}", new { reason });

    public async Task ApproveAsync(Guid organisation)
    {
        var response = await ReviewAsync(organisation, "approve");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password = Password) =>
        browser.PostAsJsonAsync("/api/account/signin", new { email, password });

    /// <summary>
    /// The console's sign-in: the authorization code flow with PKCE (S256), then the code for tokens.
    /// </summary>
    public async Task<Tokens> SignInWithCodeAsync(string email, string password = Password)
    {
        var browser = Browser();
        var signedIn = await SignInAsync(browser, email, password);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.NoContent, await signedIn.Content.ReadAsStringAsync());
        return await CodeFlowAsync(browser);
    }

    public static async Task<Tokens> CodeFlowAsync(HttpClient browser)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString(
            "/connect/authorize",
            new Dictionary<string, string?>
            {
                ["client_id"] = Console,
                ["response_type"] = "code",
                ["redirect_uri"] = Callback,
                ["scope"] = "openid offline_access",
                ["state"] = "s1",
                ["code_challenge"] = challenge,
                ["code_challenge_method"] = "S256",
            }
        );
        var redirect = await browser.GetAsync(authorize);
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect, await redirect.Content.ReadAsStringAsync());
        var location = redirect.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(Callback);
        var query = QueryHelpers.ParseQuery(location.Query);
        query["state"].ToString().ShouldBe("s1");
        var token = await browser.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "authorization_code",
                    ["client_id"] = Console,
                    ["code"] = query["code"]!,
                    ["redirect_uri"] = Callback,
                    ["code_verifier"] = verifier,
                }
            )
        );
        return await Tokens.ReadAsync(token);
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        await Anonymous.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = Console,
                    ["refresh_token"] = refreshToken,
                }
            )
        );

    public HttpClient WithToken(string accessToken)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The claims of a JWT's payload, read without validation (the services validate it).</summary>
    public static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1];
        return JsonDocument.Parse(Base64UrlDecode(payload)).RootElement;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}

public sealed record Tokens(string AccessToken, string? RefreshToken)
{
    public static async Task<Tokens> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null
        );
    }
}
