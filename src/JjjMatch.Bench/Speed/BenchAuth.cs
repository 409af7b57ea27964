using System.Net.Http.Headers;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Bench.Speed;

/// <summary>
/// The benchmark acts as the demo university (achievements) and the demo enterprise (demands) against hosts it
/// starts itself: one signing key for all of them, and no rate limit, since the load it measures comes from one
/// account on purpose.
/// </summary>
public static class BenchAuth
{
    private const string SigningKey = "jjjmatch-bench-speed-signing-key-0123456789";

    public static IReadOnlyList<string> HostSettings { get; } =
    [$"Auth:SigningKey={SigningKey}", "RateLimiting:PermitLimit=0"];

    public static Guid Owner => DemoAccounts.University.OrganisationId;

    public static void Authorize(HttpClient client, Account account) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            new TokenIssuer(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System).Issue(account).AccessToken
        );
}
