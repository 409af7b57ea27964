using FluentValidation;
using FluentValidation.Results;
using JjjMatch.Accounts.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// A new password from a reset link, or the first one from an invitation (which also confirms the address). A wrong,
/// used or expired link is a 400 naming <c>token</c>, the same for each.
/// </summary>
public sealed record SetPassword(Guid UserId, string? Token, string? Password, bool Invitation) : IRequest;

public sealed record PasswordLinkBody(Guid UserId, string? Token, string? Password);

public sealed class SetPasswordValidator : AbstractValidator<SetPassword>
{
    public SetPasswordValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Token).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Password).IsPassword();
    }
}

public sealed class SetPasswordHandler(UserManager<AccountUser> users) : IRequestHandler<SetPassword>
{
    public const string InvitationPurpose = "Invitation";

    public async Task<Unit> Handle(SetPassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw BadLink();
        IdentityResult result;
        if (request.Invitation)
        {
            if (
                user.PasswordHash is not null
                || !await users.VerifyUserTokenAsync(
                    user,
                    TokenOptions.DefaultProvider,
                    InvitationPurpose,
                    request.Token!
                )
            )
            {
                throw BadLink();
            }

            user.EmailConfirmed = true;
            result = await users.AddPasswordAsync(user, request.Password!);
        }
        else
        {
            result = await users.ResetPasswordAsync(user, request.Token!, request.Password!);
            if (!result.Succeeded && result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                throw BadLink();
            }
        }

        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure("password", e.Description)));
        }

        // The password changed the stamp already; a lockout from guessing ends with the new password.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Unit.Value;
    }

    private static ValidationException BadLink() =>
        new([
            new ValidationFailure(
                "token",
                "This link is wrong, used or expired; ask for a new one / 链接无效、已使用或已过期，请重新申请"
            ),
        ]);
}
