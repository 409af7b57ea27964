using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.Cli;
using JjjMatch.Host.DemoData;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

public sealed class StartupTests
{
    [Theory]
    [InlineData("Database:Provider", "PostgreSql")]
    [InlineData("Bus:Transport", "RabbitMq")]
    public void The_production_shape_refuses_to_start_without_a_signing_key(string key, string value)
    {
        using var host = new ConfiguredHost(new Dictionary<string, string> { [key] = value, ["Auth:SigningKey"] = "" });

        var failure = Should.Throw<InvalidOperationException>(() => host.CreateClient());

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
}

/// <summary>
/// `token --role R` prints a token the servers accept (console output is shared, so these do not run in parallel with
/// others printing).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class TokenCommandTests(DefaultHost host) : IClassFixture<DefaultHost>
{
    [Fact]
    public async Task The_token_command_prints_a_token_for_the_demo_account_of_a_role()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await CommandLine.RunAsync([
                "token",
                "--role",
                "enterprise",
                "--set",
                $"Auth:SigningKey={TestAccounts.SigningKey}",
            ]);
        }
        finally
        {
            Console.SetOut(original);
        }

        exit.ShouldBe(0);
        var token = output
            .ToString()
            .Split('\n', StringSplitOptions.TrimEntries)
            .Last(l => l.StartsWith("eyJ", StringComparison.Ordinal));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetStringAsync("/api/auth/me");
        me.ShouldContain(DemoAccounts.Enterprise.OrganisationId.ToString());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
