using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Achievements;
using MediatR;

namespace JjjMatch.Achievements.Features.Lifecycle;

public enum AchievementTransition
{
    Publish,
    Withdraw,
    MarkTransferred,
}

/// <summary>Publish, withdraw or mark transferred; each move reports itself to the other services.</summary>
public sealed record ChangeAchievementStatus(Guid Id, AchievementTransition Transition) : IRequest<AchievementResponse>;

public sealed class ChangeAchievementStatusHandler(AchievementsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ChangeAchievementStatus, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(ChangeAchievementStatus request, CancellationToken cancellationToken)
    {
        var achievement = await db.FindOwnedAsync(request.Id, user, cancellationToken);
        var now = time.GetUtcNow();
        IIntegrationEvent integrationEvent;
        switch (request.Transition)
        {
            case AchievementTransition.Publish:
                user.EnsureApproved();
                achievement.Publish(now.UtcDateTime);
                integrationEvent = new AchievementPublished(
                    Guid.CreateVersion7(),
                    now,
                    AchievementEvents.Producer,
                    AchievementEvents.Snapshot(achievement)
                );
                break;
            case AchievementTransition.Withdraw:
                achievement.Withdraw(now.UtcDateTime);
                integrationEvent = new AchievementWithdrawn(
                    Guid.CreateVersion7(),
                    now,
                    AchievementEvents.Producer,
                    achievement.Id,
                    AchievementEvents.Snapshot(achievement)
                );
                break;
            default:
                achievement.MarkTransferred(now.UtcDateTime);
                integrationEvent = new AchievementTransferred(
                    Guid.CreateVersion7(),
                    now,
                    AchievementEvents.Producer,
                    achievement.Id,
                    AchievementEvents.Snapshot(achievement)
                );
                break;
        }

        db.AddIntegrationEvent(integrationEvent);
        await db.SaveChangesAsync(cancellationToken);
        return AchievementResponse.From(achievement);
    }
}
