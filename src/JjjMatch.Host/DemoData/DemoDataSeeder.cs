using JjjMatch.Accounts;
using JjjMatch.Achievements;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.Demands;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// Seeds each hosted listing service's empty database with demo listings; starts after the migrations.
/// </summary>
internal sealed class DemoDataSeeder(
    IReadOnlyList<IServiceModule> modules,
    IServiceProvider services,
    ILogger<DemoDataSeeder> logger
) : IHostedService
{
    private static readonly Dictionary<Type, Func<IServiceProvider, CancellationToken, Task>> Seeders = new()
    {
        [typeof(AchievementsModule)] = AchievementDemoSeeder.SeedAsync,
        [typeof(DemandsModule)] = DemandDemoSeeder.SeedAsync,
        [typeof(AccountsModule)] = AccountsDemoSeeder.SeedAsync,
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "Demo data: seeding empty databases (first start only; {Achievements} achievements, {Demands} open lists, "
                + "then the matcher scores them: about a minute)",
            AchievementDemoSeeder.Count,
            DemandDemoSeeder.Count
        );
        foreach (var module in modules)
        {
            if (Seeders.TryGetValue(module.GetType(), out var seed))
            {
                await seed(services, cancellationToken);
            }
        }

        logger.LogInformation("Demo data ready for {Services}", string.Join(", ", modules.Select(m => m.Name)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
