using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Features.Organisations;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Mail;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Features.Members;

/// <summary>
/// An administrator invites a person by email: the person exists without a password until they open the invitation
/// link (single-use, expiring) and set one.
/// </summary>
public sealed record InviteMember(Guid OrganisationId, InviteBody Body) : IRequest<MemberResponse>;

public sealed record InviteBody(string? Email, string? DisplayName, string? Role);

public sealed class InviteMemberValidator : AbstractValidator<InviteMember>
{
    public InviteMemberValidator()
    {
        RuleFor(i => i.Body.Email).IsEmail();
        RuleFor(i => i.Body.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(i => i.Body.Role).IsEnumName<InviteMember, MemberRole>();
    }
}

public sealed class InviteMemberHandler(
    AccountsDbContext db,
    UserManager<AccountUser> users,
    CurrentUser user,
    IMailSender mail,
    AccountLinks links,
    TimeProvider time
) : IRequestHandler<InviteMember, MemberResponse>
{
    public async Task<MemberResponse> Handle(InviteMember request, CancellationToken cancellationToken)
    {
        await db.EnsureAdministersAsync(user, request.OrganisationId, cancellationToken);
        var organisation = await db
            .Organisations.AsNoTracking()
            .FirstAsync(o => o.Id == request.OrganisationId, cancellationToken);
        if (await users.FindByEmailAsync(request.Body.Email!) is not null)
        {
            throw new ConflictException("This address has an account already / 该邮箱已有账户");
        }

        var person = RegisterOrganisationHandler.NewPerson(
            request.Body.Email!,
            request.Body.DisplayName!,
            organisation.Id,
            EnumRules.Parse<MemberRole>(request.Body.Role) ?? MemberRole.Member,
            time.GetUtcNow().UtcDateTime
        );
        var created = await users.CreateAsync(person);
        if (!created.Succeeded)
        {
            throw new ConflictException("This address has an account already / 该邮箱已有账户");
        }

        var token = await users.GenerateUserTokenAsync(
            person,
            TokenOptions.DefaultProvider,
            SetPasswordHandler.InvitationPurpose
        );
        await mail.SendAsync(
            AccountMails.Invitation(person.Email!, organisation.NameZh, links.AcceptInvitation(person.Id, token)),
            cancellationToken
        );
        return MemberResponse.From(person);
    }
}
