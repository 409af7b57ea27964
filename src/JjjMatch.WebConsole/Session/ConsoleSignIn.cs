using System.Security.Claims;
using System.Text;
using System.Text.Json;
using JjjMatch.WebConsole.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace JjjMatch.WebConsole.Session;

/// <summary>
/// The one step that turns a token into a console session. The token comes from the demo token desk, is pasted from
/// the <c>token</c> command, or is the access token of an authorization-code sign-in with PKCE
/// (<see cref="AccountSignIn"/>).
/// </summary>
public sealed class ConsoleSignIn(ConsoleApi api, IHttpContextAccessor accessor)
{
    /// <summary>The demo accounts when this host serves the demo token desk; empty elsewhere.</summary>
    public async Task<IReadOnlyList<DemoAccount>> DemoAccountsAsync(CancellationToken ct)
    {
        var result = await api.SendAsync<List<DemoAccount>>(HttpMethod.Get, "/api/auth/demo-accounts", null, null, ct);
        return result.Value ?? [];
    }

    public async Task<ApiProblem?> WithDemoAccountAsync(string account, CancellationToken ct)
    {
        var issued = await api.SendAsync<DemoToken>(
            HttpMethod.Post,
            "/api/auth/token?account=" + Uri.EscapeDataString(account),
            null,
            null,
            ct
        );
        return issued.Value is { } token ? await StartAsync(token.AccessToken, ct) : issued.Problem;
    }

    /// <summary>Checks the token with the API (GET /api/auth/me) and opens the session; a problem if refused.</summary>
    public async Task<ApiProblem?> StartAsync(string token, CancellationToken ct)
    {
        token = token.Trim();
        if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = token["Bearer ".Length..].Trim();
        }

        var me = await api.SendAsync<Caller>(HttpMethod.Get, "/api/auth/me", null, token, ct);
        if (me.Value is not { } caller)
        {
            return me.Problem;
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ConsoleSession.TokenClaim, token),
                new Claim(ConsoleSession.RoleClaim, caller.Role ?? ""),
                new Claim(ConsoleSession.UserClaim, caller.UserId ?? ""),
                new Claim(ConsoleSession.OrganisationClaim, caller.OrganisationId ?? ""),
                new Claim(ConsoleSession.NameClaim, caller.OrganisationName ?? ""),
            ],
            ConsoleSession.Scheme
        );
        var properties = new AuthenticationProperties { ExpiresUtc = ExpiryOf(token), IsPersistent = false };
        await accessor.HttpContext!.SignInAsync(ConsoleSession.Scheme, new ClaimsPrincipal(identity), properties);
        return null;
    }

    public Task EndAsync() => accessor.HttpContext!.SignOutAsync(ConsoleSession.Scheme);

    /// <summary>The token's own expiry (its <c>exp</c>), so that the session never outlives it.</summary>
    private static DateTimeOffset? ExpiryOf(string token) =>
        PayloadOf(token) is { } payload
        && payload.TryGetProperty("exp", out var exp)
        && exp.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>A JWT's claims, unchecked (the API checks the signature); null when it is no JWT.</summary>
    public static JsonElement? PayloadOf(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json.RootElement.ValueKind == JsonValueKind.Object ? json.RootElement.Clone() : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}

public sealed record DemoAccount(string Name, string OrganisationName, string Role);

public sealed record DemoToken(string AccessToken);

public sealed record Caller(
    string? UserId,
    string? OrganisationId,
    string? OrganisationName,
    string? Role,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries
);
