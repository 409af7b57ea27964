using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// The production shape on real servers (PostgreSQL, RabbitMQ, a signing key of its own) with the demo settings left
/// unset, as the deploy files would if they did not set them: no demo token desk, no demo listings, no browsable API;
/// and a demo setting turned on stops start-up, naming it.
/// </summary>
public sealed class ProductionShapeTests : IAsyncLifetime
{
    private RabbitMqTestBroker broker = null!;

    public async Task InitializeAsync() => broker = await RabbitMqTestBroker.CreateVirtualHostAsync();

    public async Task DisposeAsync() => await broker.DisposeAsync();

    [Fact]
    public async Task Left_unset_there_are_no_demo_tokens_no_demo_listings_and_no_browsable_API()
    {
        using var host = new ShapeDefaultsHost(DatabaseTarget.PostgreSql, Settings());
        var client = host.CreateClient();

        foreach (var account in new[] { "operator", "university", "intermediary" })
        {
            (await client.PostAsync($"/api/auth/token?account={account}", null)).StatusCode.ShouldBe(
                HttpStatusCode.NotFound
            );
        }

        (await client.GetAsync("/api/auth/demo-accounts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The seeders run during start-up, before the host answers: by now they would have filled both lists.
        foreach (var list in new[] { "/api/achievements", "/api/demands" })
        {
            var page = await client.GetFromJsonAsync<JsonElement>(list);
            page.GetProperty("total").GetInt32().ShouldBe(0, list);
            page.GetProperty("items").GetArrayLength().ShouldBe(0, list);
        }
    }

    [Theory]
    [InlineData("Auth:DemoAccounts")]
    [InlineData("DemoData:Enabled")]
    public void Turning_a_demo_setting_on_stops_start_up_naming_it(string setting)
    {
        using var host = new ShapeDefaultsHost(
            DatabaseTarget.PostgreSql,
            new Dictionary<string, string>(Settings()) { [setting] = "true" }
        );

        var failure = Should.Throw<SettingException>(() => host.CreateClient());

        failure.Message.ShouldStartWith(setting + " is allowed only on the embedded default");
        failure.Message.ShouldContain("Database:Provider=PostgreSql with Bus:Transport=RabbitMq");
    }

    [Fact]
    public async Task The_browsable_API_may_be_turned_on_explicitly()
    {
        using var host = new ShapeDefaultsHost(
            DatabaseTarget.PostgreSql,
            new Dictionary<string, string>(Settings()) { ["Swagger:Enabled"] = "true" }
        );

        (await host.CreateClient().GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private Dictionary<string, string> Settings() =>
        new()
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMqUri"] = broker.Uri,
            ["Bus:WaitUntilStarted"] = "true",
        };
}
