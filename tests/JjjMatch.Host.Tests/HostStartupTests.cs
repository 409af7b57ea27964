using JjjMatch.Testing;

namespace JjjMatch.Host.Tests;

/// <summary>
/// The real executable with a setting it cannot run with: one line `error: …` naming the setting, exit code 2, and no
/// stack trace, as for the tools.
/// </summary>
public sealed class HostStartupTests
{
    private const string Key = "--Auth:SigningKey=host-startup-tests-signing-key-0123456789";

    [Theory]
    [InlineData("Database:Provider", "--Database:Provider=Oracle")]
    [InlineData("Auth:DemoAccounts", "--Auth:DemoAccounts=yes")]
    [InlineData("Bus:Transport", "--Bus:Transport=Kafka")]
    [InlineData("Bus:ConcurrentConsumers", "--Bus:ConcurrentConsumers=-1")]
    [InlineData("Database:SqliteSynchronous", "--Database:SqliteSynchronous=Sometimes")]
    [InlineData("Services", "--services", "achievements,payments")]
    [InlineData("Limits:MaxRequestBodyBytes", "--Limits:MaxRequestBodyBytes=1MB")]
    [InlineData("Demands:Expiry:Interval", "--Demands:Expiry:Interval=hourly")]
    [InlineData("Telemetry:OtlpEndpoint", "--Telemetry:OtlpEndpoint=collector:4317")]
    [InlineData("Auth:SigningKey", "--Bus:Transport=RabbitMq")]
    [InlineData("Auth:SigningKey", "--Auth:SigningKey=short")]
    [InlineData("Auth:SigningKeyFile", "--Auth:SigningKeyFile=/nonexistent/jjjmatch-signing-key")]
    [InlineData("Auth:DemoAccounts", "--Bus:Transport=RabbitMq", Key, "--Auth:DemoAccounts=true")]
    [InlineData("DemoData:Enabled", "--Database:Provider=PostgreSql", Key, "--DemoData:Enabled=true")]
    [InlineData("ConnectionStrings:Achievements", "--Database:Provider=PostgreSql", Key)]
    [InlineData("ConnectionStrings:Achievements", "--Database:Provider=SqlServer", Key)]
    [InlineData("Bus:RabbitMqUri", "--Bus:Transport=RabbitMq", Key, "--Mail:Host=mail", "--Bus:RabbitMqUri=localhost")]
    [InlineData("Mail:Host", "--Bus:Transport=RabbitMq", Key)]
    [InlineData("Cors:AllowedOrigins", "--Bus:Transport=RabbitMq", Key, "--Cors:AllowedOrigins=*")]
    public async Task A_bad_setting_is_one_line_naming_it_and_exit_code_2(string setting, params string[] args)
    {
        var (exit, output, errors) = await HostProcess.RunAsync(TimeSpan.FromSeconds(60), null, args);

        exit.ShouldBe(2, $"stdout: {output}\nstderr: {errors}");
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, errors);
        lines[0].ShouldStartWith("error: ");
        lines[0].ShouldContain(setting);
        (output + errors).ShouldNotContain("   at ");
        (output + errors).ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task A_setting_from_the_environment_is_named_by_its_key()
    {
        var (exit, _, errors) = await HostProcess.RunAsync(
            TimeSpan.FromSeconds(60),
            new Dictionary<string, string> { ["Database__Provider"] = "Postgres" }
        );

        exit.ShouldBe(2);
        errors.Trim().ShouldBe("error: Database:Provider must be one of Sqlite, PostgreSql, SqlServer.");
    }
}
