using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Get;

public sealed record GetAchievement(Guid Id) : IRequest<AchievementResponse>;

public sealed class GetAchievementHandler(AchievementsDbContext db, CurrentUser user) : IRequestHandler<GetAchievement, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(GetAchievement request, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id);
        user.EnsureCanSee(achievement.Status == AchievementStatus.Draft, achievement.OwnerId, "Achievement", achievement.Id);
        return AchievementResponse.From(achievement);
    }
}
