using System.Net;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Auth:SigningKeyFile: the key read from a file only its owner may read, instead of the environment.
/// </summary>
public sealed class SigningKeyFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-key-");

    [Fact]
    public async Task A_key_file_only_its_owner_may_read_signs_and_validates_tokens()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        var file = KeyFile("signing-key", key + "\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var host = HostWith(file, "InMemory");

        var client = host.CreateClient();
        var token = new TokenIssuer(new AuthOptions { SigningKey = key }, TimeProvider.System)
            .Issue(TestAccounts.Enterprise)
            .AccessToken;
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var forged = new TokenIssuer(new AuthOptions { SigningKey = key + "x" }, TimeProvider.System)
            .Issue(TestAccounts.Enterprise)
            .AccessToken;
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void A_missing_file_is_refused_naming_the_setting()
    {
        using var host = HostWith(Path.Combine(folder.FullName, "absent"), "InMemory");

        Should.Throw<SettingException>(() => host.Services).Message.ShouldStartWith("Auth:SigningKeyFile: ");
    }

    [Theory]
    [InlineData(UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.GroupWrite)]
    public void A_file_open_to_its_group_or_others_is_refused_naming_the_setting(UnixFileMode extra)
    {
        var file = KeyFile("open-key", new string('k', 48), UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
        using var host = HostWith(file, "InMemory");

        var message = Should.Throw<SettingException>(() => host.Services).Message;

        message.ShouldStartWith("Auth:SigningKeyFile: ");
        message.ShouldContain("chmod 600");
    }

    [Fact]
    public void A_short_or_empty_key_file_is_refused_naming_the_setting()
    {
        foreach (var (name, text) in new[] { ("short", "too-short\n"), ("empty", "") })
        {
            using var host = HostWith(KeyFile(name, text, UnixFileMode.UserRead), "RabbitMq");

            Should.Throw<SettingException>(() => host.Services).Message.ShouldStartWith("Auth:SigningKeyFile: ");
        }
    }

    [Fact]
    public void A_key_and_a_key_file_together_are_refused()
    {
        var file = KeyFile("both", new string('k', 48), UnixFileMode.UserRead);
        using var host = new ConfiguredHost(
            new Dictionary<string, string> { ["Auth:SigningKeyFile"] = file, ["Auth:SigningKey"] = new('s', 48) }
        );

        var message = Should.Throw<SettingException>(() => host.Services).Message;

        message.ShouldContain("Auth:SigningKey");
        message.ShouldContain("Auth:SigningKeyFile");
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static ConfiguredHost HostWith(string file, string transport) =>
        new(
            new Dictionary<string, string>
            {
                ["Auth:SigningKey"] = "",
                ["Auth:SigningKeyFile"] = file,
                ["Bus:Transport"] = transport,
            }
        );

    private string KeyFile(string name, string text, UnixFileMode mode)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }

        return path;
    }
}
