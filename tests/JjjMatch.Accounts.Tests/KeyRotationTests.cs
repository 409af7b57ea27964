using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using JjjMatch.Accounts.Tokens;
using JjjMatch.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// The signing keys over restarts: a rotated key stays published and its tokens keep working; a removed key's tokens
/// are refused (401) by every service.
/// </summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task A_token_outlives_a_rotation_but_not_the_removal_of_its_key()
    {
        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        string first;
        string kid;
        await using (var host = Host(databases, []))
        {
            first = await PartnerTokenAsync(host, databases);
            kid = Kid(first);
            (await Me(host, first)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        string second;
        await using (var rotated = Host(databases, new() { ["Accounts:KeyRotation"] = "00:00:00.001" }))
        {
            (await Me(rotated, first)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var jwks = await rotated.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks");
            jwks.GetProperty("keys").GetArrayLength().ShouldBe(2);
            second = await PartnerTokenAsync(rotated, databases);
            Kid(second).ShouldNotBe(kid);
        }

        var keys = Path.Combine(databases.DataDirectory, "keys");
        var removed = Directory.GetFiles(keys, "signing-*.pfx").Single(f => Thumbprint(f) == kid);
        File.Delete(removed);
        await using var after = Host(databases, []);

        var refused = await Me(after, first);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Me(after, second)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var published = await after.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        published
            .GetProperty("keys")
            .EnumerateArray()
            .Select(k => k.GetProperty("kid").GetString())
            .ShouldNotContain(kid);
    }

    [Fact]
    public async Task Keys_rotate_while_the_service_runs_and_a_removed_key_is_refused_without_a_restart()
    {
        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        await using var host = Host(
            databases,
            new()
            {
                ["Accounts:KeyRotation"] = "00:00:03",
                ["Accounts:KeyRotationCheckInterval"] = "00:00:00.2",
                ["Accounts:AccessTokenLifetime"] = "00:01:00",
                ["Accounts:KeyRetention"] = "00:02:00",
            }
        );
        var partner = await PartnerAsync(host, databases);
        var first = await TokenAsync(host, partner);
        var kid = Kid(first);
        (await Me(host, first)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await PublishedKidsAsync(host);

        // No restart: the worker makes a new key, the JWKS endpoint publishes it next to the old one.
        await Eventually.WaitForAsync(
            () => PublishedKidsAsync(host),
            kids => kids.Contains(kid) && kids.Except(before).Any(),
            TimeSpan.FromSeconds(30),
            "a new key at the JWKS endpoint"
        );
        var second = await TokenAsync(host, partner);
        Kid(second).ShouldNotBe(kid, "the new key signs");
        (await Me(host, first)).StatusCode.ShouldBe(HttpStatusCode.OK, "the replaced key still validates");
        (await Me(host, second)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var keys = Path.Combine(databases.DataDirectory, "keys");
        File.Delete(Directory.GetFiles(keys, "signing-*.pfx").Single(f => Thumbprint(f) == kid));
        await Eventually.WaitForAsync(
            async () => (await Me(host, first)).StatusCode,
            status => status == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(30),
            "the removed key's token to be refused"
        );
        (await PublishedKidsAsync(host)).ShouldNotContain(kid);
        (await Me(host, second)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void A_refresh_rotates_a_running_ring_and_signals_the_change()
    {
        var directory = Path.Combine(Path.GetTempPath(), "jjj-keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new AccountsOptions { KeysDirectory = directory };
            var now = DateTime.UtcNow;
            using var ring = SigningKeyRing.Load(options, "http://localhost/", now, NullLogger.Instance);
            var first = ring.Keys.Single();
            var token = (
                (Microsoft.Extensions.Options.IOptionsChangeTokenSource<OpenIddict.Server.OpenIddictServerOptions>)ring
            ).GetChangeToken();

            ring.Refresh(now.AddDays(29)).ShouldBeFalse();
            token.HasChanged.ShouldBeFalse();

            ring.Refresh(now.AddDays(31)).ShouldBeTrue();
            token.HasChanged.ShouldBeTrue();
            ring.Keys.Count.ShouldBe(2);
            ring.Keys.ShouldContain(first);

            ring.Refresh(now.AddDays(33)).ShouldBeTrue();
            ring.Keys.ShouldNotContain(first);
            ring.Keys.Count.ShouldBe(1);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Keys_past_rotation_and_retention_are_deleted_and_replaced()
    {
        var directory = Path.Combine(Path.GetTempPath(), "jjj-keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new AccountsOptions { KeysDirectory = directory };
            var now = DateTime.UtcNow;
            var first = SigningKeyRing.Load(options, "http://localhost/", now, NullLogger.Instance);
            var same = SigningKeyRing.Load(options, "http://localhost/", now.AddDays(29), NullLogger.Instance);
            same.Certificates.Select(c => c.Thumbprint).ShouldBe(first.Certificates.Select(c => c.Thumbprint));

            var rotated = SigningKeyRing.Load(options, "http://localhost/", now.AddDays(31), NullLogger.Instance);
            rotated.Certificates.Count.ShouldBe(2);
            rotated.Certificates[0].Thumbprint.ShouldNotBe(first.Certificates[0].Thumbprint);

            var later = SigningKeyRing.Load(options, "http://localhost/", now.AddDays(33), NullLogger.Instance);
            later.Certificates.Select(c => c.Thumbprint).ShouldBe([rotated.Certificates[0].Thumbprint]);
            Directory.GetFiles(directory, "signing-*.pfx").Length.ShouldBe(1);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(Directory.GetFiles(directory, "signing-*.pfx")[0])
                    .ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static JjjMatchFactory Host(ServiceDatabases databases, Dictionary<string, string> settings) =>
        new(databases, "accounts,demands", settings);

    private static async Task<List<string?>> PublishedKidsAsync(JjjMatchFactory host)
    {
        var jwks = await host.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        return jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
    }

    private static async Task<string> PartnerTokenAsync(JjjMatchFactory host, ServiceDatabases databases) =>
        await TokenAsync(host, await PartnerAsync(host, databases));

    private static async Task<JsonElement> PartnerAsync(JjjMatchFactory host, ServiceDatabases databases)
    {
        var client = new AccountsClient(host, Mailbox.Folder(databases.MailFolder));
        var organisation = await client.RegisteredAndConfirmedAsync(AccountsClient.NewEmail(), "enterprise");
        await client.ApproveAsync(organisation);
        var created = await client.Operator.PostAsJsonAsync(
            $"/api/organisations/{organisation}/clients",
            new { name = "partner" }
        );
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<string> TokenAsync(JjjMatchFactory host, JsonElement partner)
    {
        var response = await host.CreateClient()
            .PostAsync(
                "/connect/token",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["grant_type"] = "client_credentials",
                        ["client_id"] = partner.GetProperty("clientId").GetString()!,
                        ["client_secret"] = partner.GetProperty("clientSecret").GetString()!,
                    }
                )
            );
        return (await Tokens.ReadAsync(response)).AccessToken;
    }

    private static Task<HttpResponseMessage> Me(JjjMatchFactory host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client.GetAsync("/api/auth/me");
    }

    private static string Kid(string jwt)
    {
        var header = jwt.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
        return JsonDocument
            .Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)))
            .RootElement.GetProperty("kid")
            .GetString()!;
    }

    private static string Thumbprint(string pfx)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(pfx, null);
        return certificate.Thumbprint;
    }
}
