using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Host.Hosting;

namespace JjjMatch.Host.Cli;

/// <summary>
/// The API host's services without serving or running background work: a tool writes to the services'
/// databases (and their outboxes) and leaves publishing to the running services.
/// </summary>
public static class ToolHost
{
    public static async Task<WebApplication> StartAsync(string[] settings, CancellationToken cancellationToken)
    {
        var app = ApiHost.Build([.. settings.Select(s => "--" + s), "--DemoData:Enabled=false"]);
        foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        return app;
    }
}
