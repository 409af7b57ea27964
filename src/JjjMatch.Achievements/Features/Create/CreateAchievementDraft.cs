using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using MediatR;

namespace JjjMatch.Achievements.Features.Create;

public sealed record CreateAchievementDraft(AchievementInput Body) : IRequest<AchievementResponse>;

public sealed class CreateAchievementDraftValidator : AbstractValidator<CreateAchievementDraft>
{
    public CreateAchievementDraftValidator() => RuleFor(c => c.Body).SetValidator(new AchievementInputValidator());
}

public sealed class CreateAchievementDraftHandler(AchievementsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<CreateAchievementDraft, AchievementResponse>
{
    public async Task<AchievementResponse> Handle(CreateAchievementDraft request, CancellationToken cancellationToken)
    {
        var achievement = Achievement.CreateDraft(
            user.RequiredOrganisationId,
            request.Body.ToDetails(),
            time.GetUtcNow().UtcDateTime
        );
        db.Achievements.Add(achievement);
        await db.SaveChangesAsync(cancellationToken);
        return AchievementResponse.From(achievement);
    }
}
