using System.Text.Encodings.Web;
using System.Text.Unicode;
using JjjMatch.WebConsole.Api;
using JjjMatch.WebConsole.Highlighting;
using JjjMatch.WebConsole.Session;
using JjjMatch.WebConsole.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace JjjMatch.WebConsole;

/// <summary>
/// The brokers', posters' and operator's web console at /console: server-rendered Razor Pages that call the services'
/// public HTTP API with the person's token (docs/console.md, docs/decisions/0012-web-console.md).
/// </summary>
public static class WebConsoleRegistration
{
    public const string Root = "/console";

    /// <summary>
    /// Scripts, styles and everything else only from this host; no inline script or style, no framing, forms only
    /// back to the console.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IServiceCollection AddWebConsole(this IServiceCollection services)
    {
        services
            .AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/", ConsoleSession.Policy);
                pages.Conventions.AllowAnonymousToPage("/SignIn");
            })
            .AddApplicationPart(typeof(WebConsoleRegistration).Assembly);
        services.AddAuthentication().AddCookie(ConsoleSession.Scheme, ConsoleSession.Configure);
        services
            .AddAuthorizationBuilder()
            .AddPolicy(ConsoleSession.Policy, policy =>
                policy.AddAuthenticationSchemes(ConsoleSession.Scheme).RequireAuthenticatedUser()
            );
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "jjjmatch-console-csrf";
            options.Cookie.Path = Root;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__csrf";
        });
        services.AddHttpClient(ConsoleApi.ClientName);
        services.AddSingleton<ApiAddress>();
        services.AddScoped<ConsoleApi>();
        services.AddScoped<ConsoleSignIn>();
        services.AddScoped<AccountSignIn>();
        // Chinese written as characters rather than &#x...; entities (still encoded where HTML needs it).
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)
        );
        return services;
    }

    public static WebApplication MapWebConsole(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(Root),
            console =>
                console.Use(
                    (context, next) =>
                    {
                        var headers = context.Response.Headers;
                        headers.ContentSecurityPolicy = ContentSecurityPolicy;
                        headers.XContentTypeOptions = "nosniff";
                        headers.XFrameOptions = "DENY";
                        headers["Referrer-Policy"] = "same-origin";
                        headers.CacheControl = "no-store";
                        TermHighlighter.WarmInBackground();
                        return next(context);
                    }
                )
        );
        app.MapRazorPages();
        var console = app.MapGroup(Root).ExcludeFromDescription();
        console.MapGet("/assets/{name}", ConsoleAssets.Serve);
        console.MapGet("/lang/{language}", ChooseLanguage);
        console.MapGet(AccountSignIn.StartPath[Root.Length..], StartAccountSignInAsync);
        console.MapGet(AccountSignIn.CallbackPath[Root.Length..], CompleteAccountSignInAsync);
        return app;
    }

    private static async Task<IResult> StartAccountSignInAsync(HttpContext context, AccountSignIn signIn) =>
        await signIn.StartAsync(context) is { } authorize
            ? Results.Redirect(authorize)
            : SignInFailed(AccountSignIn.Failure.Unavailable);

    /// <summary>Every failure lands on the sign-in page with a message, never an error status.</summary>
    private static async Task<IResult> CompleteAccountSignInAsync(HttpContext context, AccountSignIn signIn) =>
        await signIn.CompleteAsync(context) is { } failure ? SignInFailed(failure) : Results.LocalRedirect(Root);

    private static IResult SignInFailed(string failure) =>
        Results.LocalRedirect(Root + "/sign-in?failed=" + Uri.EscapeDataString(failure));

    private static IResult ChooseLanguage(string language, string? returnUrl, HttpContext context)
    {
        context.Response.Cookies.Append(
            ConsoleText.LanguageCookie,
            language == "en" ? "en" : "zh",
            new CookieOptions
            {
                Path = Root,
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            }
        );
        // Only back into the console: never an open redirect.
        var target =
            returnUrl is not null
            && returnUrl.StartsWith(Root, StringComparison.Ordinal)
            && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal)
                ? returnUrl
                : Root;
        return Results.LocalRedirect(target);
    }
}
