using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace JjjMatch.WebConsole.Session;

/// <summary>
/// The console's session: an encrypted cookie holding the API token it was opened with and what the token says of its
/// holder. The token never reaches the browser's scripts (HttpOnly) and expires with the cookie.
/// </summary>
public static class ConsoleSession
{
    public const string Scheme = "JjjMatchConsole";
    public const string Policy = "ConsoleSession";
    public const string CookieName = "jjjmatch-console";
    public const string TokenClaim = "console_token";
    public const string RoleClaim = "role";
    public const string UserClaim = "user";
    public const string OrganisationClaim = "org";
    public const string NameClaim = "name";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Path = "/console";
        options.LoginPath = "/console/sign-in";
        options.LogoutPath = "/console/sign-out";
        options.AccessDeniedPath = "/console";
        options.SlidingExpiration = false;
        options.Events.OnSigningIn = context =>
        {
            // Secure everywhere but on the developer's own machine, where the embedded default serves plain HTTP.
            context.CookieOptions.Secure = context.Request.IsHttps || !IsLoopback(context.Request.Host.Host);
            return Task.CompletedTask;
        };
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public static string? Token(this ClaimsPrincipal user) => user.FindFirst(TokenClaim)?.Value;

    public static string Role(this ClaimsPrincipal user) => user.FindFirst(RoleClaim)?.Value ?? "";

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirst(UserClaim)?.Value;

    public static string OrganisationName(this ClaimsPrincipal user) => user.FindFirst(NameClaim)?.Value ?? "";
}
