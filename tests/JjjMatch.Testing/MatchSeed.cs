using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Testing;

/// <summary>
/// Writes the matching service's own records directly (its listing copies, matches, broker decisions, market history)
/// at given times, so that deals and statistics can be tested on a market whose history is known to the hour.
/// </summary>
public sealed class MatchSeed(JjjMatchFactory host)
{
    public static AchievementSnapshot Achievement(
        Guid owner,
        Province province = Province.Beijing,
        string industry = "电子信息-人工智能",
        string institution = "北京理工大学",
        string title = "钢板表面缺陷视觉检测系统"
    ) =>
        new(
            Guid.CreateVersion7(),
            title,
            "基于深度学习的钢板表面缺陷视觉检测。",
            ["机器视觉"],
            industry,
            "人工智能",
            new Maturity(Maturity.Trl, 6),
            [],
            CooperationModes.Assignment,
            PriceRange.Negotiable,
            institution,
            owner,
            new Region(province, null),
            "Published",
            DateTimeOffset.UtcNow
        );

    public static DemandSnapshot Demand(
        Guid owner,
        Province province = Province.Hebei,
        string industry = "钢铁",
        string enterprise = "唐山钢铁集团有限责任公司",
        bool anonymous = false,
        string title = "寻求钢板表面缺陷在线检测技术"
    ) =>
        new(
            Guid.CreateVersion7(),
            title,
            "冷轧生产线需要钢板表面缺陷在线检测方案。",
            "识别划痕和裂纹。",
            industry,
            null,
            PriceRange.Negotiable,
            DateTimeOffset.UtcNow.AddYears(1),
            new Region(province, null),
            CooperationModes.None,
            anonymous,
            anonymous ? null : enterprise,
            owner,
            "Open",
            DateTimeOffset.UtcNow
        );

    public static Reviewer Reviewer(Account broker) => new(broker.UserId, broker.OrganisationId);

    public Task<Guid> SuggestAsync(AchievementSnapshot achievement, DemandSnapshot demand, DateTime at) =>
        host.WithScopeAsync<MatchingDbContext, Guid>(async db =>
        {
            if (!await db.Achievements.AnyAsync(a => a.Id == achievement.Id))
            {
                db.Achievements.Add(AchievementListing.From(achievement));
            }

            if (!await db.Demands.AnyAsync(d => d.Id == demand.Id))
            {
                db.Demands.Add(DemandListing.From(demand));
            }

            var score = new MatchScore(0.8, [new("text", 0.8)], ["缺陷"]);
            var match = Match.Suggest(new ScoredMatch(achievement.Id, demand.Id, score), MatchOrigin.Demand, at);
            db.Matches.Add(match);
            await db.SaveChangesAsync();
            return match.Id;
        });

    public Task ClaimAsync(Guid match, Account broker, DateTime at) =>
        DecideAsync(match, m => m.Claim(Reviewer(broker), at));

    public Task ReleaseAsync(Guid match, Account broker, DateTime at) =>
        DecideAsync(match, m => m.Release(Reviewer(broker), at));

    public Task AcceptAsync(Guid match, Account broker, DateTime at) =>
        DecideAsync(match, m => m.Accept(Reviewer(broker), at));

    public Task RejectAsync(Guid match, Account broker, DateTime at) =>
        DecideAsync(match, m => m.Reject(Reviewer(broker), RejectionReason.NotRelevant, null, at));

    /// <summary>
    /// Suggested, claimed and accepted by <paramref name="broker"/>, an hour apart each, ending at <paramref
    /// name="acceptedAt"/>.
    /// </summary>
    public async Task<Guid> AcceptedAsync(
        Account broker,
        AchievementSnapshot achievement,
        DemandSnapshot demand,
        DateTime acceptedAt
    )
    {
        var match = await SuggestAsync(achievement, demand, acceptedAt.AddHours(-2));
        await ClaimAsync(match, broker, acceptedAt.AddHours(-1));
        await AcceptAsync(match, broker, acceptedAt);
        return match;
    }

    public Task MarketEventAsync(string type, Guid listingId, DateTime at) =>
        host.WithScopeAsync<MatchingDbContext, int>(db =>
        {
            db.MarketEvents.Add(
                new MarketEvent
                {
                    EventId = Guid.CreateVersion7(),
                    Type = type,
                    ListingId = listingId,
                    OccurredAt = at,
                    ReceivedAt = at,
                }
            );
            return db.SaveChangesAsync();
        });

    /// <summary>
    /// Retried when the matcher rescored the pair in between (its version moved), as a broker's client would.
    /// </summary>
    private async Task DecideAsync(Guid matchId, Action<Match> decide)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await host.WithScopeAsync<MatchingDbContext, int>(async db =>
                {
                    var match = await db.Matches.SingleAsync(m => m.Id == matchId);
                    decide(match);
                    return await db.SaveChangesAsync();
                });
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }
}
