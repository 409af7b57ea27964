using FluentValidation;
using JjjMatch.Accounts.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// The link from the registration mail; false when the link is wrong or expired (one answer for both).
/// </summary>
public sealed record ConfirmEmail(Guid UserId, string? Token) : IRequest<bool>;

public sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmail>
{
    public ConfirmEmailValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Token).NotEmpty().MaximumLength(2000);
    }
}

public sealed class ConfirmEmailHandler(UserManager<AccountUser> users) : IRequestHandler<ConfirmEmail, bool>
{
    public async Task<bool> Handle(ConfirmEmail request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.EmailConfirmed)
        {
            return user is not null
                && await users.VerifyUserTokenAsync(
                    user,
                    users.Options.Tokens.EmailConfirmationTokenProvider,
                    UserManager<AccountUser>.ConfirmEmailTokenPurpose,
                    request.Token!
                );
        }

        var result = await users.ConfirmEmailAsync(user, request.Token!);
        if (result.Succeeded)
        {
            // Spends the link: the stamp is part of every token Identity issued to this person.
            await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded;
    }
}
