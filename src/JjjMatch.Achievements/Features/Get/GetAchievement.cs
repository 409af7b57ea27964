using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Introductions;
using MediatR;

namespace JjjMatch.Achievements.Features.Get;

public sealed record GetAchievement(Guid Id) : IRequest<AchievementResponse>;

public sealed class GetAchievementHandler(AchievementsDbContext db, AchievementById byId, CurrentUser user) : IRequestHandler<GetAchievement, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(GetAchievement request, CancellationToken cancellationToken)
    {
        var achievement = await byId.FindAsync(db, request.Id, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id);
        user.EnsureCanSee(achievement.Status == AchievementStatus.Draft, achievement.OwnerId, "Achievement", achievement.Id);
        var response = AchievementResponse.From(achievement);
        return await db.IsIntroducedAsync(achievement.Id, user.OrganisationId, cancellationToken)
            ? response with { Contact = achievement.Contact }
            : response;
    }
}
