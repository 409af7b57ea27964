using FluentValidation;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Import;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Import;

/// <summary>
/// One demand from the import command: created and, unless <paramref name="Open"/> is false or its deadline has passed,
/// opened in the same save with the same <see cref="DemandOpened"/> event as the API path. A key seen before imports
/// nothing.
/// </summary>
public sealed record ImportDemand(DemandInput Body, bool Open, string ImportKey, Guid OwnerId)
    : IRequest<ImportOutcome>;

/// <summary>
/// The API's rules, except: the placeholder contact is accepted, the expected outcome may be empty (market listings
/// have none), a problem description under the API's 10 characters is accepted when there is one (market listings
/// whose whole text is their title, 蜂蜜检测), and a past deadline is accepted, since such a demand stays a draft.
/// </summary>
public sealed class ImportDemandValidator : AbstractValidator<ImportDemand>
{
    public ImportDemandValidator(TimeProvider time)
    {
        var apiRules = new DemandInputValidator(time);
        RuleFor(c => c.Body)
            .NotNull()
            .SatisfiesApiRulesExcept(apiRules, (body, failure) =>
                (
                    body.Contact == Contact.ToBeCompleted
                    && failure.PropertyName.StartsWith(nameof(DemandInput.Contact), StringComparison.Ordinal)
                )
                || (
                    failure.PropertyName == nameof(DemandInput.ExpectedOutcome)
                    && string.IsNullOrWhiteSpace(body.ExpectedOutcome)
                )
                || (
                    failure.PropertyName == nameof(DemandInput.ProblemDescription)
                    && TextRules.CharacterCount(body.ProblemDescription?.Trim())
                        is > 0
                            and < DemandInputValidator.DescriptionMin
                )
                || (failure.PropertyName == nameof(DemandInput.Deadline) && body.Deadline < BeijingTime.Today(time))
            );
        RuleFor(c => c.ImportKey)
            .Must(ImportKeys.IsWellFormed)
            .WithMessage("An import key is 64 " + "lower-case hex digits (SHA-256).");
    }
}

public sealed class ImportDemandHandler(DemandsDbContext db, TimeProvider time)
    : IRequestHandler<ImportDemand, ImportOutcome>
{
    public async Task<ImportOutcome> Handle(ImportDemand request, CancellationToken cancellationToken)
    {
        if (await IsKnownAsync(request.ImportKey, cancellationToken))
        {
            return ImportOutcome.AlreadyImported;
        }

        var now = time.GetUtcNow();
        var details = request.Body.ToDetails() with { ExpectedOutcome = request.Body.ExpectedOutcome ?? "" };
        var demand = Demand.CreateImported(request.OwnerId, details, request.ImportKey, now.UtcDateTime);
        db.Demands.Add(demand);
        var outcome =
            !request.Open ? ImportOutcome.Draft
            : demand.Deadline <= now.UtcDateTime ? ImportOutcome.DraftPastDeadline
            : ImportOutcome.Published;
        if (outcome == ImportOutcome.Published)
        {
            demand.Open(now.UtcDateTime);
            db.AddIntegrationEvent(
                new DemandOpened(Guid.CreateVersion7(), now, DemandEvents.Producer, DemandEvents.Snapshot(demand))
            );
        }

        var saved = await db.SaveUnlessDuplicateAsync(ct => IsKnownAsync(request.ImportKey, ct), cancellationToken);
        return saved ? outcome : ImportOutcome.AlreadyImported;
    }

    private Task<bool> IsKnownAsync(string importKey, CancellationToken cancellationToken) =>
        db.Demands.AsNoTracking().AnyAsync(d => d.ImportKey == importKey, cancellationToken);
}
