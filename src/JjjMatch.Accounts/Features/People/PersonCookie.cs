using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// The token server's own sign-in session: only <c>/connect/authorize</c> reads it (the APIs take bearer tokens only),
/// so it carries nothing but the person's id, is HTTP-only and same-site.
/// </summary>
public static class PersonCookie
{
    public const string Scheme = "JjjMatch.Accounts";
    public const string SignInPage = "/account/signin";

    public static void AddPersonCookie(this IServiceCollection services, bool requireHttps) =>
        services
            .AddAuthentication()
            .AddCookie(Scheme, options =>
            {
                options.Cookie.Name = "jjjmatch.accounts";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = requireHttps
                    ? CookieSecurePolicy.Always
                    : CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                options.LoginPath = SignInPage;
                options.ReturnUrlParameter = "returnUrl";
            });
}
