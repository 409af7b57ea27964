using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Mail;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Features.Organisations;

/// <summary>
/// An organisation registers itself with its first person, who becomes its administrator once the address is
/// confirmed. The answer is the same whether or not the address already has an account (that address gets a mail
/// saying so instead), so registration cannot tell who is registered.
/// </summary>
public sealed record RegisterOrganisation(
    string? Name,
    string? NameEn,
    string? Kind,
    string? Province,
    string? City,
    string? CreditCode,
    string? ContactName,
    string? ContactPhone,
    string? Email,
    string? Password,
    string? DisplayName
) : IRequest<RegistrationAccepted>;

public sealed record RegistrationAccepted(string Message);

public sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    private static readonly string[] Registrable = ["university", "institute", "enterprise", "intermediary"];

    public RegisterOrganisationValidator()
    {
        RuleFor(r => r.Name)
            .NotEmpty()
            .WithMessage("The organisation's name is required / 请填写机构名称")
            .MaximumLength(200);
        RuleFor(r => r.NameEn).MaximumLength(200);
        RuleFor(r => r.Kind)
            .NotEmpty()
            .Must(k => k is null || Registrable.Contains(k.Trim().ToLowerInvariant()))
            .WithMessage("Use one of: university, institute, enterprise, intermediary");
        RuleFor(r => r.Province).NotEmpty().IsEnumName<RegisterOrganisation, Province>();
        RuleFor(r => r.City).MaximumLength(30);
        RuleFor(r => r.CreditCode)
            .NotEmpty()
            .Must(CreditCode.IsValid)
            .WithMessage(
                "Not a unified social credit code: 18 characters whose last is the GB 32100-2015 check character / "
                    + "统一社会信用代码无效"
            );
        RuleFor(r => r.ContactName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ContactPhone).MaximumLength(30);
        RuleFor(r => r.Email).IsEmail();
        RuleFor(r => r.Password).IsPassword();
        RuleFor(r => r.DisplayName).MaximumLength(100);
    }
}

public sealed class RegisterOrganisationHandler(
    AccountsDbContext db,
    UserManager<AccountUser> users,
    IMailSender mail,
    AccountLinks links,
    TimeProvider time
) : IRequestHandler<RegisterOrganisation, RegistrationAccepted>
{
    private static readonly RegistrationAccepted Accepted = new(
        "Registered: open the link in the mail sent to the address to confirm it; the operator then reviews the "
            + "organisation / 已提交注册：请打开邮件中的链接确认邮箱，平台随后审核机构"
    );

    public async Task<RegistrationAccepted> Handle(RegisterOrganisation request, CancellationToken cancellationToken)
    {
        var code = CreditCode.Normalise(request.CreditCode!);
        if (await db.Organisations.AnyAsync(o => o.CreditCode == code, cancellationToken))
        {
            throw Duplicate();
        }

        if (await users.FindByEmailAsync(request.Email!) is { } existing)
        {
            await mail.SendAsync(AccountMails.AlreadyRegistered(existing.Email!), cancellationToken);
            return Accepted;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var organisation = Organisation.Register(
            request.Name!,
            request.NameEn,
            Enum.Parse<OrganisationKind>(request.Kind!.Trim(), ignoreCase: true),
            new Region(EnumRules.Parse<Province>(request.Province)!.Value, request.City),
            code,
            request.ContactName!,
            request.ContactPhone,
            now
        );
        var user = NewPerson(
            request.Email!,
            request.DisplayName ?? request.ContactName!,
            organisation.Id,
            MemberRole.Admin,
            now
        );
        db.Organisations.Add(organisation);
        IdentityResult created;
        try
        {
            // The user store saves the organisation in the same SaveChanges as its first person.
            created = await users.CreateAsync(user, request.Password!);
        }
        catch (DbUpdateException e) when (UniqueViolations.IsUniqueViolation(e))
        {
            throw Duplicate();
        }

        if (!created.Succeeded)
        {
            throw new ValidationException(
                created.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
                    e.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "password",
                    e.Description
                ))
            );
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await mail.SendAsync(
            AccountMails.Confirm(user.Email!, organisation.NameZh, links.ConfirmEmail(user.Id, token)),
            cancellationToken
        );
        return Accepted;
    }

    public static AccountUser NewPerson(
        string email,
        string name,
        Guid organisationId,
        MemberRole role,
        DateTime now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            Email = email.Trim(),
            UserName = email.Trim(),
            DisplayName = name.Trim(),
            OrganisationId = organisationId,
            MemberRole = role,
            CreatedAt = now,
            LockoutEnabled = true,
        };

    private static ConflictException Duplicate() =>
        new("An organisation with this unified social credit code is registered already / 该统一社会信用代码已注册");
}
