using JjjMatch.Contracts.Achievements;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching.Tests.Engine.Indexing;

public sealed class IndexFolderHost : IDisposable
{
    public IndexFolderHost()
    {
        Host = new JjjMatchFactory(
            DatabaseTarget.Sqlite,
            "matching",
            new Dictionary<string, string> { ["Search:EmbeddedDirectory"] = Folder.FullName }
        );
    }

    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("jjjmatch-index-folder-");

    public JjjMatchFactory Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        Folder.Delete(recursive: true);
    }
}

/// <summary>
/// An index opened from its file and caught up with the database ranks exactly as one rebuilt from the database.
/// </summary>
public sealed class IndexCatchUpTests(IndexFolderHost fixture) : IClassFixture<IndexFolderHost>
{
    private readonly JjjMatchFactory host = fixture.Host;

    [Fact]
    public void A_service_with_an_index_folder_saves_its_index_there_once_loaded()
    {
        _ = host.Services;

        var store = host.Services.GetRequiredService<IndexStore>();
        File.Exists(store.FilePath).ShouldBeTrue();
        using var reopened = new EmbeddedIndex();
        store.TryLoad(reopened).ShouldBeTrue();
    }

    [Fact]
    public async Task Reopened_and_caught_up_equals_rebuilt_from_the_database()
    {
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        var owner = Guid.NewGuid();
        var steel = MatchSeed.Achievement(owner, title: "钢板表面缺陷视觉检测系统");
        var wheat = MatchSeed.Achievement(owner, title: "抗旱小麦新品种选育") with { Summary = "分子标记辅助 抗旱" };
        var furnace = MatchSeed.Achievement(owner, title: "高炉煤气余热回收发电") with { Summary = "余热 发电 钢铁" };
        var demand = MatchSeed.Demand(owner);
        await host.WithScopeAsync<MatchingDbContext, int>(db =>
        {
            db.Achievements.AddRange(
                AchievementListing.From(steel),
                AchievementListing.From(wheat),
                AchievementListing.From(furnace)
            );
            db.Demands.Add(DemandListing.From(demand));
            return db.SaveChangesAsync();
        });
        using var saved = new EmbeddedIndex();
        await IndexLoader.LoadAllAsync(saved, scopes, progress: null, CancellationToken.None);
        var file = new MemoryStream();
        saved.Save(file);

        // While the index was closed: one listing changed its text, one left the market, one arrived.
        var newcomer = MatchSeed.Achievement(owner, title: "钢板轧制表面检测");
        await ReplaceAsync(
            steel with
            {
                Summary = "冷轧钢板 表面缺陷 在线检测 激光",
                UpdatedAt = steel.UpdatedAt.AddMinutes(1),
                Version = 2,
            },
            inMarket: true
        );
        await ReplaceAsync(wheat with { UpdatedAt = wheat.UpdatedAt.AddMinutes(1), Version = 2 }, inMarket: false);
        await host.WithScopeAsync<MatchingDbContext, int>(db =>
        {
            db.Achievements.Add(AchievementListing.From(newcomer));
            return db.SaveChangesAsync();
        });

        using var reopened = new EmbeddedIndex();
        file.Position = 0;
        reopened.Load(file);
        var (updated, removed) = await IndexLoader.CatchUpAsync(reopened, scopes, CancellationToken.None);
        using var rebuilt = new EmbeddedIndex();
        await IndexLoader.LoadAllAsync(rebuilt, scopes, progress: null, CancellationToken.None);

        updated.ShouldBe(2);
        removed.ShouldBe(1);
        foreach (var kind in Enum.GetValues<ListingKind>())
        {
            reopened.Count(kind).ShouldBe(rebuilt.Count(kind));
            reopened.Revisions(kind).OrderBy(r => r.Key).ShouldBe(rebuilt.Revisions(kind).OrderBy(r => r.Key));
        }

        foreach (var text in new[] { "钢板表面缺陷 激光检测", "抗旱小麦", "余热发电", "钢板轧制" })
        {
            Ranking(reopened, text).ShouldBe(Ranking(rebuilt, text));
        }

        Ranking(reopened, "激光").ShouldContain(r => r.StartsWith(steel.Id.ToString(), StringComparison.Ordinal));
        Ranking(reopened, "抗旱小麦").ShouldBeEmpty();
    }

    private Task<int> ReplaceAsync(AchievementSnapshot snapshot, bool inMarket) =>
        host.WithScopeAsync<MatchingDbContext, int>(async db =>
        {
            await db.Achievements.Where(a => a.Id == snapshot.Id).ExecuteDeleteAsync();
            db.Achievements.Add(AchievementListing.From(snapshot, inMarket));
            return await db.SaveChangesAsync();
        });

    /// <summary>Every hit with its score, in id order: ties may come in another order, scores may not differ.</summary>
    private static List<string> Ranking(EmbeddedIndex index, string text) =>
        [
            .. index
                .Search(new ListingQuery(text, new ListingFilter(ListingKind.Achievement), 100))
                .OrderBy(h => h.Id)
                .Select(h => $"{h.Id} {h.Score:R} {string.Join(',', h.MatchedTerms)}"),
        ];
}
