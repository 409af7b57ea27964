using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Achievements;
using MediatR;

namespace JjjMatch.Achievements.Features.Update;

public sealed record UpdateAchievement(Guid Id, int? ExpectedVersion, AchievementInput Body)
    : IRequest<AchievementResponse>;

public sealed class UpdateAchievementValidator : AbstractValidator<UpdateAchievement>
{
    public UpdateAchievementValidator() => RuleFor(c => c.Body).SetValidator(new AchievementInputValidator());
}

public sealed class UpdateAchievementHandler(AchievementsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<UpdateAchievement, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(UpdateAchievement request, CancellationToken cancellationToken)
    {
        var achievement = await db.FindOwnedAsync(request.Id, user, cancellationToken);
        achievement.EnsureVersion(request.ExpectedVersion);
        var now = time.GetUtcNow();
        achievement.Update(request.Body.ToDetails(), now.UtcDateTime);
        if (achievement.Status == AchievementStatus.Published)
        {
            db.AddIntegrationEvent(
                new AchievementUpdated(
                    Guid.CreateVersion7(),
                    now,
                    AchievementEvents.Producer,
                    AchievementEvents.Snapshot(achievement)
                )
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        return AchievementResponse.From(achievement);
    }
}
