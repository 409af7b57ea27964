using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Host.Cli;
using JjjMatch.Host.DemoData;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// What the shape allows at start-up: a signing key outside the embedded default, and the embedded default's
/// conveniences (demo accounts, demo data, the development key, a CORS wildcard) nowhere else.
/// </summary>
public sealed class StartupTests
{
    private static readonly Dictionary<string, string> RabbitMqShape = new()
    {
        ["Bus:Transport"] = "RabbitMq",
        ["Auth:SigningKey"] = TestAccounts.SigningKey,
    };

    [Theory]
    [InlineData("Database:Provider", "PostgreSql")]
    [InlineData("Bus:Transport", "RabbitMq")]
    public void The_production_shape_refuses_to_start_without_a_signing_key(string key, string value)
    {
        using var host = new ConfiguredHost(new Dictionary<string, string> { [key] = value, ["Auth:SigningKey"] = "" });

        var failure = Should.Throw<SettingException>(() => host.CreateClient());

        failure.Message.ShouldContain("Auth:SigningKey");
    }

    [Fact]
    public void A_short_key_is_refused_everywhere()
    {
        new AuthOptions { SigningKey = "too-short" }
            .Problem(embeddedDefault: true)
            .ShouldNotBeNull();
        new AuthOptions { SigningKey = new string('k', 32) }
            .Problem(embeddedDefault: false)
            .ShouldBeNull();
        new AuthOptions().Problem(embeddedDefault: true).ShouldBeNull();
    }

    [Fact]
    public void The_published_development_key_is_refused_outside_the_embedded_default()
    {
        using var host = new ConfiguredHost(
            new Dictionary<string, string>(RabbitMqShape) { ["Auth:SigningKey"] = AuthOptions.DevelopmentSigningKey }
        );

        Should.Throw<SettingException>(() => host.CreateClient()).Message.ShouldContain("development key");
    }

    [Theory]
    [InlineData("Auth:DemoAccounts", "Bus:Transport", "RabbitMq")]
    [InlineData("DemoData:Enabled", "Bus:Transport", "RabbitMq")]
    [InlineData("Auth:DemoAccounts", "Database:Provider", "PostgreSql")]
    [InlineData("DemoData:Enabled", "Database:Provider", "PostgreSql")]
    public void A_demo_setting_turned_on_outside_the_embedded_default_stops_start_up_naming_it(
        string demo,
        string key,
        string value
    )
    {
        using var host = new ConfiguredHost(
            new Dictionary<string, string>
            {
                [key] = value,
                ["Auth:SigningKey"] = TestAccounts.SigningKey,
                [demo] = "true",
            }
        );

        var failure = Should.Throw<SettingException>(() => host.CreateClient());

        failure.Message.ShouldStartWith(demo + " is allowed only on the embedded default");
    }

    [Theory]
    [InlineData("Auth:DemoAccounts")]
    [InlineData("DemoData:Enabled")]
    public void A_demo_setting_turned_off_is_accepted_in_any_shape(string demo)
    {
        using var host = new ConfiguredHost(new Dictionary<string, string>(RabbitMqShape) { [demo] = "false" });

        Should.NotThrow(() => host.Services);
    }

    [Fact]
    public void A_CORS_wildcard_is_refused_outside_the_embedded_default()
    {
        using var host = new ConfiguredHost(
            new Dictionary<string, string>(RabbitMqShape) { ["Cors:AllowedOrigins"] = "*" }
        );

        Should.Throw<SettingException>(() => host.CreateClient()).Message.ShouldContain("Cors:AllowedOrigins");
    }

    [Theory]
    [InlineData("Auth:TokenLifetime", "eight hours")]
    [InlineData("RateLimiting:PermitLimit", "many")]
    [InlineData("RateLimiting:Window", "00:00:00")]
    public void A_security_setting_that_cannot_be_used_stops_start_up_naming_it(string key, string value)
    {
        using var host = new ConfiguredHost(
            new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "10", [key] = value }
        );

        Should.Throw<SettingException>(() => host.CreateClient()).Message.ShouldContain(key);
    }
}

/// <summary>
/// The embedded default left to itself: the demo token desk, a CORS wildcard and the browsable API are there.
/// </summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task Left_unset_the_demo_token_desk_and_the_browsable_API_are_on()
    {
        using var host = new ShapeDefaultsHost(
            DatabaseTarget.Sqlite,
            new Dictionary<string, string> { ["DemoData:Enabled"] = "false", ["Services"] = "achievements" }
        );
        var client = host.CreateClient();

        (await client.PostAsync("/api/auth/token?account=operator", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_CORS_wildcard_allows_any_origin()
    {
        using var host = new ConfiguredHost(new Dictionary<string, string> { ["Cors:AllowedOrigins"] = "*" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/achievements");
        request.Headers.Add("Origin", "http://localhost:5173");

        var response = await host.CreateClient().SendAsync(request);

        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
    }
}

/// <summary>
/// `token --role R` prints a token the servers accept (console output is shared, so these do not run in parallel with
/// others printing).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class TokenCommandTests(DefaultHost host) : IClassFixture<DefaultHost>
{
    private const string KeySetting = "Auth:SigningKey=" + TestAccounts.SigningKey;

    [Fact]
    public async Task The_token_command_prints_a_token_for_the_demo_account_of_a_role()
    {
        var me = await MeAsync("token", "--role", "enterprise", "--set", KeySetting);

        me.GetProperty("organisationId").GetString().ShouldBe(DemoAccounts.Enterprise.OrganisationId.ToString());
    }

    [Fact]
    public async Task A_broker_token_carries_the_regions_and_industries_it_was_given()
    {
        var organisation = Guid.NewGuid();
        var me = await MeAsync(
            "token",
            "--role",
            "intermediary",
            "--organisation",
            organisation.ToString(),
            "--organisation-name",
            "河北省技术转移中心",
            "--regions",
            "Hebei, beijing",
            "--industries",
            "钢铁,新材料-金属材料",
            "--set",
            KeySetting
        );

        me.GetProperty("organisationId").GetString().ShouldBe(organisation.ToString());
        me.GetProperty("organisationName").GetString().ShouldBe("河北省技术转移中心");
        me.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).ShouldBe(["hebei", "beijing"]);
        me.GetProperty("industries").EnumerateArray().Select(r => r.GetString()).ShouldBe(["钢铁", "新材料-金属材料"]);
    }

    [Theory]
    [InlineData("--regions", "--role", "intermediary", "--regions", "hebei,mars", "--industries", "钢铁")]
    [InlineData("--industries", "--role", "intermediary", "--regions", "hebei", "--industries", "钢铁,火星采矿")]
    [InlineData("--regions", "--role", "intermediary", "--regions", ",", "--industries", "钢铁")]
    [InlineData("--regions", "--role", "university", "--regions", "hebei")]
    [InlineData("--regions", "--role", "intermediary", "--organisation", "0b6f8f2e-4a1d-4c57-9a30-00000000b009")]
    public async Task A_wrong_command_line_is_exit_code_1_naming_the_option(string option, params string[] args)
    {
        var (exit, output, errors) = await CommandLineRunner.RunAsync(
            CommandLine.RunAsync,
            ["token", .. args, "--set", KeySetting]
        );

        exit.ShouldBe(1);
        errors.ShouldContain(option);
        output.ShouldNotContain("eyJ");
    }

    [Fact]
    public async Task Outside_the_embedded_default_there_is_no_demo_account_to_sign_for()
    {
        var (exit, output, errors) = await CommandLineRunner.RunAsync(
            CommandLine.RunAsync,
            "token",
            "--role",
            "operator",
            "--set",
            KeySetting,
            "Database:Provider=PostgreSql"
        );

        exit.ShouldBe(1);
        errors.ShouldStartWith("error: --organisation is required");
        output.ShouldNotContain("eyJ");
    }

    [Fact]
    public async Task A_key_the_shape_cannot_use_is_exit_code_2_naming_the_setting()
    {
        var (exit, output, errors) = await CommandLineRunner.RunAsync(
            CommandLine.RunAsync,
            "token",
            "--role",
            "operator",
            "--organisation",
            Guid.NewGuid().ToString(),
            "--set",
            "Bus:Transport=RabbitMq"
        );

        exit.ShouldBe(2);
        errors.ShouldStartWith("error: Auth:SigningKey");
        errors.ShouldNotContain("   at ");
        output.ShouldNotContain("eyJ");
    }

    private async Task<JsonElement> MeAsync(params string[] args)
    {
        var (exit, output, errors) = await CommandLineRunner.RunAsync(CommandLine.RunAsync, args);

        exit.ShouldBe(0, errors);
        var token = output
            .Split('\n', StringSplitOptions.TrimEntries)
            .Last(l => l.StartsWith("eyJ", StringComparison.Ordinal));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
