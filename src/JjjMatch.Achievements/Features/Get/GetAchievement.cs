using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Get;

public sealed record GetAchievement(Guid Id) : IRequest<AchievementResponse>;

public sealed class GetAchievementHandler(AchievementsDbContext db) : IRequestHandler<GetAchievement, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(GetAchievement request, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id);
        return AchievementResponse.From(achievement);
    }
}
