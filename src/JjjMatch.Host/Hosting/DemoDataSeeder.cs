using JjjMatch.BuildingBlocks.Modules;

namespace JjjMatch.Host.Hosting;

/// <summary>Seeds each hosted service's empty database with demo listings; starts after the migrations.</summary>
internal sealed class DemoDataSeeder(IReadOnlyList<IServiceModule> modules, IServiceProvider services, ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            await module.SeedDemoDataAsync(services, cancellationToken);
        }

        logger.LogInformation("Demo data ready for {Services}", string.Join(", ", modules.Select(m => m.Name)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
