using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Mail;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Accounts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JjjMatch.Accounts.Features.Organisations;

public enum ReviewStep
{
    Approve,
    Reject,
    Suspend,
}

/// <summary>
/// The operator's decision (operator only, by the endpoint's policy): the change and its event in one save, then a
/// mail to the organisation's administrators.
/// </summary>
public sealed record ReviewOrganisation(Guid Id, ReviewStep Step, string? Reason) : IRequest<OrganisationResponse>;

public sealed record ReviewReason(string? Reason);

public sealed class ReviewOrganisationValidator : AbstractValidator<ReviewOrganisation>
{
    public ReviewOrganisationValidator() =>
        RuleFor(r => r.Reason)
            .NotEmpty()
            .WithMessage("Give the organisation a reason / 请填写原因")
            .MaximumLength(1000)
            .When(r => r.Step != ReviewStep.Approve);
}

public sealed class ReviewOrganisationHandler(
    AccountsDbContext db,
    IMailSender mail,
    TimeProvider time,
    ILogger<ReviewOrganisationHandler> logger
) : IRequestHandler<ReviewOrganisation, OrganisationResponse>
{
    public const string Producer = "accounts";

    public async Task<OrganisationResponse> Handle(ReviewOrganisation request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Organisation", request.Id);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7();
        switch (request.Step)
        {
            case ReviewStep.Approve:
                organisation.Approve(now.UtcDateTime);
                db.AddIntegrationEvent(
                    new OrganisationApproved(id, now, Producer, organisation.Id, organisation.NameZh)
                );
                break;
            case ReviewStep.Reject:
                organisation.Reject(request.Reason!, now.UtcDateTime);
                db.AddIntegrationEvent(
                    new OrganisationRejected(
                        id,
                        now,
                        Producer,
                        organisation.Id,
                        organisation.NameZh,
                        organisation.StatusReason!
                    )
                );
                break;
            default:
                organisation.Suspend(request.Reason!, now.UtcDateTime);
                db.AddIntegrationEvent(
                    new OrganisationSuspended(
                        id,
                        now,
                        Producer,
                        organisation.Id,
                        organisation.NameZh,
                        organisation.StatusReason!
                    )
                );
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await TellAdministratorsAsync(organisation, cancellationToken);
        return OrganisationResponse.From(organisation, full: true);
    }

    /// <summary>
    /// The decision stands even when the mail fails; the administrators see it at their next sign-in.
    /// </summary>
    private async Task TellAdministratorsAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        var admins = await db
            .Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisation.Id && u.MemberRole == MemberRole.Admin && u.EmailConfirmed)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
        foreach (var admin in admins)
        {
            try
            {
                await mail.SendAsync(
                    AccountMails.Reviewed(
                        admin,
                        organisation.NameZh,
                        organisation.Status.ToString(),
                        organisation.StatusReason
                    ),
                    cancellationToken
                );
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Review mail for organisation {Organisation} not sent", organisation.Id);
            }
        }
    }
}
