using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using JjjMatch.Import;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Host.Tests.Import;

/// <summary>All three services in one host on the in-memory bus, so imported listings travel on to matching.</summary>
public sealed class ImportHost() : JjjMatchFactory(DatabaseTarget.Sqlite);

/// <summary>
/// The importer on hand-written lines: bad ones reported by number and skipped, the rest imported once, and on to
/// matching.
/// </summary>
public sealed class ListingImporterTests(ImportHost host) : IClassFixture<ImportHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Bad_lines_are_reported_by_number_and_the_rest_imported_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        string[] lines =
        [
            Zhibei($"久坐卫士{tag}"),
            "{\"name\": \"未闭合",
            Zhibei($"概念产品{tag}", l => l["maturity"] = "概念阶段"),
            Own($"激光熔覆修复轧辊{tag}"),
            "",
            Own("", tag),
            Zhibei("", l => l["context"] = $"没有名称的成果，编号{tag}。"),
            Own($"草稿成果{tag}", publish: false),
            "[1, 2]",
        ];
        var options = new ImportOptions(ListingKind.Achievements);

        var first = await ImportAsync(lines, options);

        first.BadLines.Select(b => b.Line).ShouldBe([2, 3, 6, 7, 9]);
        first.BadLines[0].Problem.ShouldStartWith("bad JSON");
        first.BadLines[1].Problem.ShouldContain("maturity: unknown maturity word '概念阶段'");
        first.BadLines[2].Problem.ShouldStartWith("title:");
        first.BadLines[3].Problem.ShouldStartWith("title (from name):");
        (first.Published, first.Drafts, first.AlreadyImported).ShouldBe((2, 1, 0));
        var stored = await StoredAsync(tag);
        stored
            .Select(a => (a.Title, a.Status))
            .ShouldBe(
                [
                    ($"久坐卫士{tag}", AchievementStatus.Published),
                    ($"激光熔覆修复轧辊{tag}", AchievementStatus.Published),
                    ($"草稿成果{tag}", AchievementStatus.Draft),
                ],
                ignoreOrder: true
            );

        var again = await ImportAsync(lines, options);

        (again.Imported, again.AlreadyImported, again.BadLines.Count).ShouldBe((0, 3, 5));
        (await StoredAsync(tag)).Count.ShouldBe(3);
        var output = new StringWriter();
        again.WriteTo(output, ListingKind.Achievements, "test.jsonl");
        output.ToString().ShouldContain("line 2: bad JSON");
        output.ToString().ShouldContain("3 already imported");
    }

    [Fact]
    public async Task Imported_achievements_reach_matching_on_the_bus()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];

        var report = await ImportAsync(
            [Zhibei($"光伏组件热斑检测{tag}"), Own($"锂电池健康状态评估{tag}")],
            new ImportOptions(ListingKind.Achievements)
        );

        report.Published.ShouldBe(2);
        var ids = (await StoredAsync(tag)).Select(a => a.Id).ToList();
        await Eventually.WaitForAsync(
            () =>
                host.WithScopeAsync<MatchingDbContext, int>(db =>
                    db.Achievements.CountAsync(a => ids.Contains(a.Id) && a.IsActive)
                ),
            n => n == 2,
            Patience,
            "both imported achievements in matching"
        );
    }

    [Fact]
    public async Task Past_deadlines_stay_drafts_unless_extended_and_extended_demands_reach_matching()
    {
        var past = $"LED手电筒红外开关改进{Guid.NewGuid():N}";
        var extended = $"防起球的工艺改进{Guid.NewGuid():N}";

        var kept = await ImportAsync([ZhibeiDemand(past)], new ImportOptions(ListingKind.Demands));
        var opened = await ImportAsync(
            [ZhibeiDemand(extended)],
            new ImportOptions(ListingKind.Demands, ExtendDeadlines: 30)
        );

        (kept.DraftsPastDeadline, kept.Published).ShouldBe((1, 0));
        (opened.DraftsPastDeadline, opened.Published).ShouldBe((0, 1));
        var demands = await host.WithScopeAsync<DemandsDbContext, List<Demand>>(db =>
            db.Demands.Where(d => d.ImportKey != null).ToListAsync()
        );
        var draft = demands.Single(d => d.Title == past);
        draft.Status.ShouldBe(DemandStatus.Draft);
        // The market's last day, 13 January in Beijing, closing at its end (16:00 UTC).
        draft.Deadline.ShouldBe(new DateTime(2021, 1, 13, 16, 0, 0, DateTimeKind.Utc));
        var open = demands.Single(d => d.Title == extended);
        open.Status.ShouldBe(DemandStatus.Open);
        open.Deadline.ShouldBeInRange(DateTime.UtcNow.AddDays(29), DateTime.UtcNow.AddDays(31));
        await Eventually.WaitForAsync(
            () =>
                host.WithScopeAsync<MatchingDbContext, bool>(db =>
                    db.Demands.AnyAsync(d => d.Id == open.Id && d.IsOpen)
                ),
            found => found,
            Patience,
            "the opened demand in matching"
        );
    }

    [Fact]
    public async Task Own_schema_demands_are_the_APIs_body()
    {
        var title = $"高炉煤气余热回收{Guid.NewGuid():N}"[..30];
        var body = DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(20), title);

        var report = await ImportAsync(
            [body.ToJsonString(), body.With(b => b["cooperationModes"] = new JsonArray("teleport")).ToJsonString()],
            new ImportOptions(ListingKind.Demands, SourceFormat.JjjMatch)
        );

        report.Published.ShouldBe(1);
        report.BadLines.ShouldHaveSingleItem().Problem.ShouldStartWith("cooperationModes:");
        var stored = await host.WithScopeAsync<DemandsDbContext, Demand>(db =>
            db.Demands.SingleAsync(d => d.Title == title)
        );
        stored.EnterpriseName.ShouldBe(DemandSamples.EnterpriseName);
        stored.Contact.Phone.ShouldBe(DemandSamples.ContactPhone);
    }

    private Task<ImportReport> ImportAsync(IEnumerable<string> lines, ImportOptions options) =>
        new ListingImporter(host.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System).ImportAsync(
            lines,
            options,
            progress: null,
            CancellationToken.None
        );

    private Task<List<Achievement>> StoredAsync(string tag) =>
        host.WithScopeAsync<AchievementsDbContext, List<Achievement>>(db =>
            db.Achievements.Where(a => a.Title.Contains(tag)).ToListAsync()
        );

    private static string Zhibei(string name, Action<JsonObject>? change = null)
    {
        var line = new JsonObject
        {
            ["name"] = name,
            ["postTime"] = "2020-03-20",
            ["classification"] = "制造业——电气机械和器材制造业",
            ["zlxx"] = "发明专利",
            ["maturity"] = "已有样品",
            ["cooperationMethod"] = "其他",
            ["jstgfs"] = "正在技术推广",
            ["price"] = "面议",
            ["industry"] = "新能源-太阳能",
            ["scope"] = "",
            ["context"] = $"{name}：用红外热成像检测光伏组件热斑并自动清洗。",
            ["earlyApplication"] = "",
            ["funding"] = "",
        };
        change?.Invoke(line);
        return line.ToJsonString();
    }

    private static string ZhibeiDemand(string name) =>
        new JsonObject
        {
            ["name"] = name,
            ["postTime"] = "2020-01-13",
            ["classification"] = "制造业",
            ["cooperationMethod"] = "技术转让,技术许可,委托开发",
            ["time"] = "2020-01-1310:49:39.0至2021-01-1310:49:41.0",
            ["context"] = $"{name}：现有产品中手电筒的开关是机械式，非常容易损坏。",
        }.ToJsonString();

    private static string Own(string title, string? summaryTag = null, bool? publish = null)
    {
        var body = AchievementSamples
            .Valid(title)
            .With(b =>
            {
                b["summary"] = $"本成果针对钢板表面缺陷检测难题，提出轻量化深度学习模型。{summaryTag}";
                if (publish is { } flag)
                {
                    b["publish"] = flag;
                }
            });
        return body.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
