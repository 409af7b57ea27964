using System.CommandLine;
using System.Diagnostics;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Suggestions;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Host.Cli;

/// <summary>
/// <c>reindex [--rescore]</c>: rebuilds the configured index from the matching service's own copies, and
/// optionally recomputes every listing's suggestions (after changing weights, say). The embedded index is
/// rebuilt by the server at each start anyway; for it this command checks the rebuild and rescores.
/// </summary>
public static class ReindexCommand
{
    public static Command Create(Option<string[]> settings)
    {
        var rescore = new Option<bool>("--rescore")
        {
            Description = "Also recompute the suggestions of every listing in the market",
        };
        var command = new Command("reindex", "Rebuild the search index from the matching database") { rescore };
        command.SetAction(
            async (result, ct) =>
            {
                await using var app = await ToolHost.StartAsync(result.GetValue(settings) ?? [], ct);
                var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
                var index = app.Services.GetRequiredService<IListingIndex>();
                var (achievements, demands) = await CountAsync(scopes, ct);
                var watch = Stopwatch.StartNew();
                var kept = app.Services.GetService<IKeptIndex>();
                await ProgressBar.RunAsync("Indexing / 建立索引", achievements + demands, progress =>
                    IndexLoader.LoadAllAsync(index, scopes, IndexLoader.SavingWhenLarge(kept, progress), ct)
                );
                Console.WriteLine(
                    $"Indexed {achievements} achievements and {demands} "
                        + $"open demands in {watch.Elapsed.TotalSeconds:0.0}s"
                );
                if (kept is not null && kept.SaveIfChanged())
                {
                    Console.WriteLine($"Index saved to {kept.Location}");
                }

                if (result.GetValue(rescore))
                {
                    await ProgressBar.RunAsync("Rescoring / 重新匹配", demands + achievements, progress =>
                        RescoreAsync(scopes, progress, ct)
                    );
                    Console.WriteLine("Suggestions recomputed; their events are in the matching outbox.");
                }

                return 0;
            }
        );
        return command;
    }

    private static async Task<(int Achievements, int Demands)> CountAsync(
        IServiceScopeFactory scopes,
        CancellationToken ct
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        return (await db.Achievements.CountAsync(a => a.IsActive, ct), await db.Demands.CountAsync(d => d.IsOpen, ct));
    }

    private static async Task<int> RescoreAsync(
        IServiceScopeFactory scopes,
        IProgress<int> progress,
        CancellationToken ct
    )
    {
        List<Guid> demandIds,
            achievementIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            demandIds = await db.Demands.Where(d => d.IsOpen).Select(d => d.Id).ToListAsync(ct);
            achievementIds = await db.Achievements.Where(a => a.IsActive).Select(a => a.Id).ToListAsync(ct);
        }

        foreach (var id in demandIds)
        {
            await InScopeAsync(scopes, writer => writer.RefreshDemandAsync(id, ct));
            progress.Report(1);
        }

        foreach (var id in achievementIds)
        {
            await InScopeAsync(scopes, writer => writer.RefreshAchievementAsync(id, ct));
            progress.Report(1);
        }

        return demandIds.Count + achievementIds.Count;
    }

    private static async Task InScopeAsync(IServiceScopeFactory scopes, Func<SuggestionWriter, Task> refresh)
    {
        await using var scope = scopes.CreateAsyncScope();
        await refresh(scope.ServiceProvider.GetRequiredService<SuggestionWriter>());
    }
}
