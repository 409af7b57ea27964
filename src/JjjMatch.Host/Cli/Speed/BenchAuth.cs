using System.Net.Http.Headers;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Host.Cli.Speed;

/// <summary>
/// The benchmark acts as the demo university against hosts it starts itself: one signing key for all of them,
/// and no rate limit, since the load it measures comes from one account on purpose.
/// </summary>
public static class BenchAuth
{
    private const string SigningKey = "jjjmatch-bench-speed-signing-key-0123456789";

    public static IReadOnlyList<string> HostSettings { get; } = [$"Auth:SigningKey={SigningKey}", "RateLimiting:PermitLimit=0"];

    public static Guid Owner => DemoAccounts.University.OrganisationId;

    public static void Authorize(HttpClient client) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            new TokenIssuer(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System).Issue(DemoAccounts.University).AccessToken);
}
