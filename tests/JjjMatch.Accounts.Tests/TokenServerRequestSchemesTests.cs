using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server.AspNetCore;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// The token server is offered only the requests that may be its endpoints; an API call goes straight to bearer
/// validation. (Its endpoints themselves are exercised through the host by RegistrationFlowTests and KeyRotationTests.)
/// </summary>
public sealed class TokenServerRequestSchemesTests(FolderSqliteHost host) : IClassFixture<FolderSqliteHost>
{
    [Theory]
    [InlineData("/connect/token", true)]
    [InlineData("/connect/authorize", true)]
    [InlineData("/.well-known/openid-configuration", true)]
    [InlineData("/.well-known/jwks", true)]
    [InlineData("/api/achievements/0198f0c2-0000-7000-8000-000000000001/publish", false)]
    [InlineData("/api/accounts/me", false)]
    [InlineData("/connection", false)]
    [InlineData("/api/connect/token", false)]
    [InlineData("/CONNECT/token", true)]
    public async Task Only_requests_under_its_paths_are_offered_to_the_token_server(string path, bool offered)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var schemes = scope.ServiceProvider.GetRequiredService<IAuthenticationSchemeProvider>();
        accessor.HttpContext = new DefaultHttpContext { Request = { Path = path } };
        try
        {
            var names = (await schemes.GetRequestHandlerSchemesAsync()).Select(s => s.Name).ToList();

            names.Contains(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ShouldBe(offered);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
