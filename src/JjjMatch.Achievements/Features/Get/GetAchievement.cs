using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using MediatR;

namespace JjjMatch.Achievements.Features.Get;

public sealed record GetAchievement(Guid Id) : IRequest<AchievementResponse>;

public sealed class GetAchievementHandler(AchievementsDbContext db, AchievementById byId, CurrentUser user)
    : IRequestHandler<GetAchievement, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(GetAchievement request, CancellationToken cancellationToken)
    {
        var (achievement, introduced) = await byId.FindAsync(db, request.Id, user.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id);
        user.EnsureCanSee(
            achievement.Status == AchievementStatus.Draft,
            achievement.OwnerId,
            "Achievement",
            achievement.Id
        );
        var response = AchievementResponse.From(achievement);
        return introduced ? response with { Contact = achievement.Contact } : response;
    }
}
