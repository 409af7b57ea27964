namespace JjjMatch.Deploy.Tests;

public class KnownSettingsTests
{
    [Theory]
    [InlineData("Services")]
    [InlineData("Urls")]
    [InlineData("Database:Provider")]
    [InlineData("Database:DataDirectory")]
    [InlineData("ConnectionStrings:Achievements")]
    [InlineData("ConnectionStrings:Matching")]
    [InlineData("ConnectionStrings:Demands")]
    [InlineData("Demands:Expiry:Interval")]
    [InlineData("Bus:Transport")]
    [InlineData("Bus:RabbitMqUri")]
    [InlineData("Bus:RetryLimit")]
    [InlineData("Outbox:PollInterval")]
    [InlineData("DemoData:Enabled")]
    [InlineData("Limits:MaxRequestBodyBytes")]
    [InlineData("Auth:SigningKey")]
    [InlineData("Auth:DemoAccounts")]
    [InlineData("Auth:SigningKeyFile")]
    [InlineData("Swagger:Enabled")]
    [InlineData("Auth:TokenLifetime")]
    [InlineData("RateLimiting:PermitLimit")]
    [InlineData("RateLimiting:Window")]
    [InlineData("Cors:AllowedOrigins")]
    [InlineData("Telemetry:OtlpEndpoint")]
    [InlineData("Telemetry:OtlpProtocol")]
    [InlineData("Telemetry:ExportInterval")]
    [InlineData("Telemetry:Prometheus")]
    public void Settings_the_application_reads_are_found_in_src(string key) =>
        KnownSettings.FromSource.ShouldContain(key);

    [Fact]
    public void Made_up_settings_are_not_known()
    {
        KnownSettings.IsKnown("Bus:RabbitUri").ShouldBeFalse();
        KnownSettings.IsKnown("Database:Provder").ShouldBeFalse();
    }
}
