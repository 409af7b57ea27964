using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace JjjMatch.WebConsole.Session;

/// <summary>
/// "Sign in with your account": the authorization code flow with PKCE (S256) against the product's own token server,
/// as its public client <c>jjjmatch-console</c>. State, verifier and nonce wait in a short-lived encrypted HttpOnly
/// cookie; the code is exchanged over the back channel at the API's address and the access token goes through
/// <see cref="ConsoleSignIn.StartAsync"/> like every other token.
/// </summary>
public sealed class AccountSignIn(
    IHttpClientFactory clients,
    ApiAddress address,
    IDataProtectionProvider protection,
    ConsoleSignIn signIn
)
{
    public const string ClientId = "jjjmatch-console";
    public const string StartPath = "/console/signin";
    public const string CallbackPath = "/console/signin-callback";
    public const string CookieName = "jjjmatch-console-signin";

    private const string TokenPath = "connect/token";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The redirect URI: from configuration or this host's address, never from the request's Host header.
    /// </summary>
    public Uri RedirectUri => new(address.PublicAddress, CallbackPath.TrimStart('/'));

    /// <summary>
    /// The token server's authorization endpoint from its discovery document; null when the API's host serves no
    /// token server (the accounts service is hosted elsewhere or not at all), and the console then offers no button.
    /// </summary>
    public async Task<Uri?> AuthorizationEndpointAsync(CancellationToken ct)
    {
        try
        {
            using var response = await Client().GetAsync(".well-known/openid-configuration", ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var discovery = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return
                discovery.ValueKind == JsonValueKind.Object
                && discovery.TryGetProperty("authorization_endpoint", out var endpoint)
                && Uri.TryCreate(endpoint.GetString(), UriKind.Absolute, out var uri)
                ? uri
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Where to send the browser to sign in; null when there is no token server.</summary>
    public async Task<string?> StartAsync(HttpContext context)
    {
        var endpoint = await AuthorizationEndpointAsync(context.RequestAborted);
        if (endpoint is null)
        {
            return null;
        }

        var pending = new Pending(Random(), Random(), Random());
        context.Response.Cookies.Append(
            CookieName,
            Protector().Protect(JsonSerializer.Serialize(pending), Lifetime),
            CookieOptions(context, Lifetime)
        );
        return QueryHelpers.AddQueryString(
            endpoint.ToString(),
            new Dictionary<string, string?>
            {
                ["client_id"] = ClientId,
                ["response_type"] = "code",
                ["redirect_uri"] = RedirectUri.ToString(),
                ["scope"] = "openid",
                ["state"] = pending.State,
                ["nonce"] = pending.Nonce,
                ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(pending.Verifier))),
                ["code_challenge_method"] = "S256",
            }
        );
    }

    /// <summary>Null once signed in; otherwise why not (<see cref="Failure"/>).</summary>
    public async Task<string?> CompleteAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var query = context.Request.Query;
        var pending = Read(context);
        context.Response.Cookies.Delete(CookieName, CookieOptions(context, null));
        if (pending is null || query["state"].ToString() is not { Length: > 0 } state || state != pending.State)
        {
            return Failure.State;
        }

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            return error == "access_denied" ? Failure.Denied : Failure.Refused;
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            return Failure.Refused;
        }

        try
        {
            using var response = await Client()
                .PostAsync(
                    TokenPath,
                    new FormUrlEncodedContent(
                        new Dictionary<string, string>
                        {
                            ["grant_type"] = "authorization_code",
                            ["client_id"] = ClientId,
                            ["code"] = code,
                            ["redirect_uri"] = RedirectUri.ToString(),
                            ["code_verifier"] = pending.Verifier,
                        }
                    ),
                    ct
                );
            if (!response.IsSuccessStatusCode)
            {
                return Failure.Refused;
            }

            var tokens = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (
                tokens.ValueKind != JsonValueKind.Object
                || !tokens.TryGetProperty("access_token", out var access)
                || access.GetString() is not { Length: > 0 } accessToken
            )
            {
                return Failure.Refused;
            }

            // The ID token came straight from the token server over the back channel: its nonce is the check left.
            if (
                !tokens.TryGetProperty("id_token", out var id)
                || ConsoleSignIn.PayloadOf(id.GetString() ?? "") is not { } claims
                || !claims.TryGetProperty("nonce", out var nonce)
                || nonce.GetString() != pending.Nonce
            )
            {
                return Failure.State;
            }

            return await signIn.StartAsync(accessToken, ct) is null ? null : Failure.Refused;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException)
        {
            return Failure.Refused;
        }
    }

    private Pending? Read(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Pending>(Protector().Unprotect(cookie));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector("JjjMatch.WebConsole.AccountSignIn").ToTimeLimitedDataProtector();

    private static CookieOptions CookieOptions(HttpContext context, TimeSpan? maxAge) =>
        new()
        {
            Path = WebConsoleRegistration.Root,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            // Lax: the token server sends the browser back with a top-level GET, possibly from another site.
            SameSite = SameSiteMode.Lax,
            MaxAge = maxAge,
            IsEssential = true,
        };

    private HttpClient Client()
    {
        var client = clients.CreateClient(ConsoleApi.ClientName);
        client.BaseAddress = address.BaseAddress;
        return client;
    }

    private static string Random() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record Pending(string State, string Verifier, string Nonce);

    /// <summary>Why an account sign-in did not finish; the sign-in page says it in words.</summary>
    public static class Failure
    {
        public const string State = "state";
        public const string Denied = "denied";
        public const string Refused = "refused";
        public const string Unavailable = "unavailable";
    }
}
