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
    // Compiled once: the LINQ form re-evaluated its captured id by compiling a delegate on every call, a JIT
    // compilation per request (profiled in docs/benchmarks.md, GET by id).
    private static readonly Func<AchievementsDbContext, Guid, CancellationToken, Task<Achievement?>> ById =
        EF.CompileAsyncQuery((AchievementsDbContext context, Guid id, CancellationToken _) =>
            context.Achievements.AsNoTracking().FirstOrDefault(a => a.Id == id));

    public async Task<AchievementResponse> Handle(GetAchievement request, CancellationToken cancellationToken)
    {
        var achievement = await ById(db, request.Id, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id);
        user.EnsureCanSee(achievement.Status == AchievementStatus.Draft, achievement.OwnerId, "Achievement", achievement.Id);
        return AchievementResponse.From(achievement);
    }
}
