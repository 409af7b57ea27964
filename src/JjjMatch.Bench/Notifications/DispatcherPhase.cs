using System.Diagnostics;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications;
using JjjMatch.Notifications.Features.Webhooks;
using JjjMatch.Notifications.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Bench.Notifications;

/// <summary>
/// The webhook dispatcher on its own: <c>deliveries</c> pending deliveries in the service's real SQLite database, sent
/// by <see cref="WebhookDispatcher"/> (signing, leasing, recording each outcome) to a Kestrel receiver on loopback
/// that answers 200. Deliveries per second from the first batch to the last recorded outcome.
/// </summary>
public static class DispatcherPhase
{
    public sealed record Result(int Deliveries, double Seconds, int Received)
    {
        public double PerSecond => Deliveries / Seconds;
    }

    public static async Task<Result> RunAsync(int deliveries, string workDirectory)
    {
        var received = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var receiver = builder.Build();
        receiver.MapPost("/hook", () =>
        {
            Interlocked.Increment(ref received);
            return Results.Ok();
        });
        await receiver.StartAsync();
        var url = receiver.Urls.First() + "/hook";

        var directory = Path.Combine(workDirectory, "dispatcher-" + Guid.NewGuid().ToString("N")[..8]);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Sqlite",
                    ["Database:DataDirectory"] = directory,
                    ["Notifications:Webhooks:AllowPrivateTargets"] = "true",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<JjjMatch.BuildingBlocks.Http.CurrentUser>();
        new NotificationsModule().AddServices(services, configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await SeedAsync(provider, url, deliveries);

        var dispatcher = provider.GetRequiredService<WebhookDispatcher>();
        var options = provider.GetRequiredService<IOptions<WebhookOptions>>().Value;
        var watch = Stopwatch.StartNew();
        while (await dispatcher.DispatchBatchAsync(options, CancellationToken.None) > 0) { }

        watch.Stop();
        await receiver.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return new Result(deliveries, watch.Elapsed.TotalSeconds, received);
    }

    private static async Task SeedAsync(IServiceProvider provider, string url, int deliveries)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = DateTime.UtcNow;
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = Guid.CreateVersion7(),
            Url = url,
            Secret = WebhookSecrets.New(),
            Enabled = true,
            CreatedAt = now,
            Version = 1,
        };
        db.WebhookEndpoints.Add(endpoint);
        for (var i = 0; i < deliveries; i++)
        {
            var id = Guid.CreateVersion7();
            db.WebhookDeliveries.Add(
                new WebhookDelivery
                {
                    Id = id,
                    EndpointId = endpoint.Id,
                    OrganisationId = endpoint.OrganisationId,
                    MessageId = WebhookBody.MessageId(id),
                    Type = "application.submitted",
                    Body = WebhookBody.Write(
                        id,
                        "application.submitted",
                        now,
                        new System.Text.Json.Nodes.JsonObject
                        {
                            ["demandTitle"] = "高炉煤气余热回收利用技术攻关",
                            ["applicantOrganisation"] = "燕山大学",
                        }
                    ),
                    CreatedAt = now,
                    NextAttemptAt = now,
                }
            );
        }

        await db.SaveChangesAsync();
    }
}
