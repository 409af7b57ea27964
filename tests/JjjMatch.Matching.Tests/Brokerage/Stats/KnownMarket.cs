using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Tests.Brokerage.Deals;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Stats;

/// <summary>
/// A small market with a history known to the hour (times in UTC; Beijing is UTC+8, so 18:00 UTC on 31 October is
/// already
/// November there). The expected figures in <see cref="StatisticsTests"/> are worked out by hand from this table.
/// <code>
/// match  pair    suggested        first claim      decision                    deal (recorded, signed, CNY,
/// seller→buyer)
/// M1     A1-D1   10-10 00:00      10-10 06:00      accepted 10-10 12:00 (12h)  10-20 02:00, 2026-10-20, 1,000,000.00
/// (tech 800,000) 北京→河北
/// M2     A2-D1   10-11 00:00      10-11 10:00      rejected 10-12 00:00 (24h)
/// M3     A1-D2   10-12 00:00      10-13 00:00      accepted 10-14 00:00 (48h)  11-05 03:00, 2026-11-05, 300,000.50
/// 北京→天津
/// M4     A3-D3   10-20 00:00      11-01 00:00      accepted 11-02 00:00 (312h) 11-10 00:00, 2026-11-10, 500,000.00
/// 天津→河北
/// M5     A4-D4   11-03 00:00      11-03 01:00 (released 02:00, claimed by another broker 11-04 00:00), rejected 11-04
/// 06:00 (30h)
/// M6     A2-D3   11-05 00:00      -                pending
/// M7     A3-D4   11-06 00:00      11-06 12:00      still claimed
/// M8     A2-D2   10-31 18:00 (BJ 11-01) 10-31 19:00 accepted 11-01 03:00 (9h)  11-01 05:00, 2026-11-01, 200,000.00
/// 北京→天津
/// M9     A4-D1   09-15 00:00      09-16 00:00      accepted 09-17 00:00 (48h)  before every range the tests ask for
/// A1 北京 电子信息-人工智能, A2 北京 新材料-金属材料, A3 天津 钢铁-冶炼工艺, A4 河北 现代农业-种业; D1 河北, D2 天津, D3 河北, D4 北京.
/// Published: A1, A2 10-05; A3 11-02; A4 09-30 20:00 (BJ 10-01); another achievement 09-30 15:00 (BJ 09-30). Opened:
/// D1, D2 10-06; D3 11-03; D4 11-04.
/// </code>
/// </summary>
public static class KnownMarket
{
    public static readonly DateTimeOffset ClockStart = new(2026, 10, 20, 2, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(DealsHost host)
    {
        var seed = new MatchSeed(host);
        var broker = TestAccounts.Intermediary;
        var other = TestAccounts.New(Roles.Intermediary);
        var a1 = MatchSeed.Achievement(Guid.CreateVersion7(), Province.Beijing, "电子信息-人工智能");
        var a2 = MatchSeed.Achievement(Guid.CreateVersion7(), Province.Beijing, "新材料-金属材料");
        var a3 = MatchSeed.Achievement(Guid.CreateVersion7(), Province.Tianjin, "钢铁-冶炼工艺", "天津大学");
        var a4 = MatchSeed.Achievement(Guid.CreateVersion7(), Province.Hebei, "现代农业-种业", "河北农业大学");
        var d1 = MatchSeed.Demand(Guid.CreateVersion7(), Province.Hebei);
        var d2 = MatchSeed.Demand(Guid.CreateVersion7(), Province.Tianjin, enterprise: "天津某装备有限公司");
        var d3 = MatchSeed.Demand(Guid.CreateVersion7(), Province.Hebei, enterprise: "保定某材料有限公司");
        var d4 = MatchSeed.Demand(Guid.CreateVersion7(), Province.Beijing, enterprise: "北京某农业科技有限公司");

        var m1 = await DecidedAsync(seed, a1, d1, At(10, 10, 0), At(10, 10, 6), At(10, 10, 12), accept: true);
        await DecidedAsync(seed, a2, d1, At(10, 11, 0), At(10, 11, 10), At(10, 12, 0), accept: false);
        var m3 = await DecidedAsync(seed, a1, d2, At(10, 12, 0), At(10, 13, 0), At(10, 14, 0), accept: true);
        var m4 = await DecidedAsync(seed, a3, d3, At(10, 20, 0), At(11, 1, 0), At(11, 2, 0), accept: true);
        var m5 = await seed.SuggestAsync(a4, d4, At(11, 3, 0));
        await seed.ClaimAsync(m5, broker, At(11, 3, 1));
        await seed.ReleaseAsync(m5, broker, At(11, 3, 2));
        await seed.ClaimAsync(m5, other, At(11, 4, 0));
        await seed.RejectAsync(m5, other, At(11, 4, 6));
        await seed.SuggestAsync(a2, d3, At(11, 5, 0));
        var m7 = await seed.SuggestAsync(a3, d4, At(11, 6, 0));
        await seed.ClaimAsync(m7, broker, At(11, 6, 12));
        var m8 = await DecidedAsync(seed, a2, d2, At(10, 31, 18), At(10, 31, 19), At(11, 1, 3), accept: true);
        await DecidedAsync(seed, a4, d1, At(9, 15, 0), At(9, 16, 0), At(9, 17, 0), accept: true);

        foreach (
            var (listing, at) in new[]
            {
                (a1.Id, At(10, 5, 0)),
                (a2.Id, At(10, 5, 0)),
                (a3.Id, At(11, 2, 0)),
                (a4.Id, At(9, 30, 20)),
                (Guid.CreateVersion7(), At(9, 30, 15)),
            }
        )
        {
            await seed.MarketEventAsync("AchievementPublished", listing, at);
        }

        foreach (
            var (listing, at) in new[]
            {
                (d1.Id, At(10, 6, 0)),
                (d2.Id, At(10, 6, 0)),
                (d3.Id, At(11, 3, 0)),
                (d4.Id, At(11, 4, 0)),
            }
        )
        {
            await seed.MarketEventAsync("DemandOpened", listing, at);
        }

        await seed.MarketEventAsync("AchievementUpdated", a1.Id, At(10, 7, 0));

        // Deals go through the API on the day they were recorded, so the funnel's deal stage has a known time.
        var client = host.CreateClient(broker);
        await RecordAsync(host, client, m1, At(10, 20, 2), "development", 1000000.00m, 800000m, "2026-10-20");
        await RecordAsync(host, client, m8, At(11, 1, 5), "transfer", 200000m, null, "2026-11-01");
        await RecordAsync(host, client, m3, At(11, 5, 3), "licence", 300000.50m, null, "2026-11-05");
        await RecordAsync(host, client, m4, At(11, 10, 0), "service", 500000m, null, "2026-11-10");
        host.Clock.Advance(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero) - host.Clock.GetUtcNow());
    }

    private static DateTime At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static async Task<Guid> DecidedAsync(
        MatchSeed seed,
        Contracts.Achievements.AchievementSnapshot a,
        Contracts.Demands.DemandSnapshot d,
        DateTime suggested,
        DateTime claimed,
        DateTime decided,
        bool accept
    )
    {
        var match = await seed.SuggestAsync(a, d, suggested);
        await seed.ClaimAsync(match, TestAccounts.Intermediary, claimed);
        await (
            accept
                ? seed.AcceptAsync(match, TestAccounts.Intermediary, decided)
                : seed.RejectAsync(match, TestAccounts.Intermediary, decided)
        );
        return match;
    }

    private static async Task RecordAsync(
        DealsHost host,
        HttpClient client,
        Guid match,
        DateTime at,
        string type,
        decimal amount,
        decimal? technology,
        string signedOn
    )
    {
        host.Clock.Advance(new DateTimeOffset(at) - host.Clock.GetUtcNow());
        await client.RecordedAsync(
            match,
            DealClient.Body(b =>
            {
                b["contractType"] = type;
                b["amount"] = amount;
                b["technologyAmount"] = technology is null ? null : JsonValue.Create(technology.Value);
                b["signedOn"] = signedOn;
            })
        );
    }
}
