using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Import;
using JjjMatch.Contracts.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Import;

/// <summary>
/// One listing from the import command: created and, unless <paramref name="Publish"/> is false, published in the
/// same save with the same <see cref="AchievementPublished"/> event as the API path. A key seen before imports nothing.
/// </summary>
public sealed record ImportAchievement(AchievementInput Body, bool Publish, string ImportKey, Guid OwnerId)
    : IRequest<ImportOutcome>;

/// <summary>
/// The API's rules, except that the placeholder contact (a name only, to be completed by the owner) is accepted.
/// </summary>
public sealed class ImportAchievementValidator : AbstractValidator<ImportAchievement>
{
    private static readonly AchievementInputValidator ApiRules = new();

    public ImportAchievementValidator()
    {
        RuleFor(c => c.Body)
            .NotNull()
            .SatisfiesApiRulesExcept(ApiRules, (body, failure) =>
                body.Contact == Contact.ToBeCompleted
                && failure.PropertyName.StartsWith(nameof(AchievementInput.Contact), StringComparison.Ordinal)
            );
        RuleFor(c => c.ImportKey)
            .Must(ImportKeys.IsWellFormed)
            .WithMessage("An import key is 64 " + "lower-case hex digits (SHA-256).");
    }
}

public sealed class ImportAchievementHandler(AchievementsDbContext db, TimeProvider time)
    : IRequestHandler<ImportAchievement, ImportOutcome>
{
    public async Task<ImportOutcome> Handle(ImportAchievement request, CancellationToken cancellationToken)
    {
        if (await IsKnownAsync(request.ImportKey, cancellationToken))
        {
            return ImportOutcome.AlreadyImported;
        }

        var now = time.GetUtcNow();
        var achievement = Achievement.CreateImported(
            request.OwnerId,
            request.Body.ToDetails(),
            request.ImportKey,
            now.UtcDateTime
        );
        db.Achievements.Add(achievement);
        if (request.Publish)
        {
            achievement.Publish(now.UtcDateTime);
            db.AddIntegrationEvent(
                new AchievementPublished(
                    Guid.CreateVersion7(),
                    now,
                    AchievementEvents.Producer,
                    AchievementEvents.Snapshot(achievement)
                )
            );
        }

        var saved = await db.SaveUnlessDuplicateAsync(ct => IsKnownAsync(request.ImportKey, ct), cancellationToken);
        return saved
            ? request.Publish
                ? ImportOutcome.Published
                : ImportOutcome.Draft
            : ImportOutcome.AlreadyImported;
    }

    private Task<bool> IsKnownAsync(string importKey, CancellationToken cancellationToken) =>
        db.Achievements.AsNoTracking().AnyAsync(a => a.ImportKey == importKey, cancellationToken);
}
