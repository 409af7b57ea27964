using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// OpenIddict's server answers its endpoints from the authentication middleware, which offers it every request; working
/// out that an API call is none of its endpoints was a twentieth of a write's CPU (docs/benchmarks.md). Only requests
/// under <c>/connect</c> (authorize, token) and <c>/.well-known</c> (discovery, keys) are offered to it.
/// </summary>
internal sealed class TokenServerRequestSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor http)
    : AuthenticationSchemeProvider(options)
{
    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        return http.HttpContext?.Request.Path is { } path && !IsTokenServerPath(path)
            ? schemes.Where(s => s.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ToList()
            : schemes;
    }

    private static bool IsTokenServerPath(PathString path) =>
        path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);
}
