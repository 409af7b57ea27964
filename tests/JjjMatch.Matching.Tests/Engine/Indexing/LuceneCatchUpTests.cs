using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Lucene;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching.Tests.Engine.Indexing;

public sealed class LuceneFolderHost : IDisposable
{
    public LuceneFolderHost()
    {
        Host = new JjjMatchFactory(
            DatabaseTarget.Sqlite,
            "matching",
            new Dictionary<string, string>
            {
                ["Search:Provider"] = "Lucene",
                ["Search:EmbeddedDirectory"] = Folder.FullName,
            }
        );
    }

    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("jjjmatch-lucene-folder-");

    public JjjMatchFactory Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        Folder.Delete(recursive: true);
    }
}

/// <summary>
/// With Search:Provider=Lucene the service keeps its index in the folder; one reopened after a stop (or a crash) and
/// caught up with the database by revision ranks exactly as the embedded index rebuilt from the database.
/// </summary>
public sealed class LuceneCatchUpTests(LuceneFolderHost fixture) : IClassFixture<LuceneFolderHost>
{
    private readonly JjjMatchFactory host = fixture.Host;

    [Fact]
    public void A_service_on_Lucene_keeps_its_committed_index_in_the_folder()
    {
        host.Services.GetRequiredService<IListingIndex>().ShouldBeOfType<LuceneListingIndex>();

        host.Services.GetRequiredService<IKeptIndex>().ShouldBeOfType<LuceneListingIndex>();
        Directory.GetFiles(Path.Combine(fixture.Folder.FullName, "achievement"), "segments_*").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Reopened_and_caught_up_ranks_as_the_embedded_index_rebuilt_from_the_database()
    {
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        var owner = Guid.NewGuid();
        var steel = MatchSeed.Achievement(owner, title: "钢板表面缺陷视觉检测系统");
        var wheat = MatchSeed.Achievement(owner, title: "抗旱小麦新品种选育") with { Summary = "分子标记辅助 抗旱" };
        var furnace = MatchSeed.Achievement(owner, title: "高炉煤气余热回收发电") with { Summary = "余热 发电 钢铁" };
        await host.WithScopeAsync<MatchingDbContext, int>(db =>
        {
            db.Achievements.AddRange(
                AchievementListing.From(steel),
                AchievementListing.From(wheat),
                AchievementListing.From(furnace)
            );
            return db.SaveChangesAsync();
        });
        var folder = Path.Combine(Path.GetTempPath(), $"jjjmatch-lucene-catch-up-{Guid.NewGuid():N}");
        try
        {
            using (var saved = new LuceneListingIndex(folder))
            {
                await IndexLoader.LoadAllAsync(saved, scopes, progress: null, CancellationToken.None);
                saved.SaveIfChanged().ShouldBeTrue();
            }

            // While the index was closed: one listing changed its text, one left the market.
            await ReplaceAsync(
                steel with
                {
                    Summary = "冷轧钢板 表面缺陷 在线检测 激光",
                    UpdatedAt = steel.UpdatedAt.AddMinutes(1),
                    Version = 2,
                },
                inMarket: true
            );
            await ReplaceAsync(wheat with { UpdatedAt = wheat.UpdatedAt.AddMinutes(1), Version = 2 }, false);

            using var reopened = new LuceneListingIndex(folder);
            reopened.TryOpen().ShouldBeTrue();
            var (updated, removed) = await IndexLoader.CatchUpAsync(reopened, reopened, scopes, default);
            using var rebuilt = new EmbeddedIndex();
            await IndexLoader.LoadAllAsync(rebuilt, scopes, progress: null, CancellationToken.None);

            updated.ShouldBe(1);
            removed.ShouldBe(1);
            reopened
                .Revisions(ListingKind.Achievement)
                .OrderBy(r => r.Key)
                .ShouldBe(rebuilt.Revisions(ListingKind.Achievement).OrderBy(r => r.Key));
            reopened
                .Search(new ListingQuery("激光 检测", new ListingFilter(ListingKind.Achievement), 100))
                .Select(h => h.Id)
                .ShouldContain(steel.Id);
            reopened.Search(new ListingQuery("抗旱小麦", new ListingFilter(ListingKind.Achievement))).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<int> ReplaceAsync(JjjMatch.Contracts.Achievements.AchievementSnapshot snapshot, bool inMarket) =>
        host.WithScopeAsync<MatchingDbContext, int>(async db =>
        {
            await db.Achievements.Where(a => a.Id == snapshot.Id).ExecuteDeleteAsync();
            db.Achievements.Add(AchievementListing.From(snapshot, inMarket));
            return await db.SaveChangesAsync();
        });
}
