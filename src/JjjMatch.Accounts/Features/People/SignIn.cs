using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Features.People;

/// <summary>Email and password; the endpoint then sets the token server's sign-in cookie.</summary>
public sealed record SignIn(string? Email, string? Password) : IRequest<SignInOutcome>;

public enum SignInResult
{
    SignedIn,

    /// <summary>Unknown address, wrong password or locked out: one answer for all three.</summary>
    Refused,
    Unconfirmed,
    OrganisationRejected,
}

public sealed record SignInOutcome(SignInResult Result, AccountUser? User);

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(s => s.Email).IsEmail();
        RuleFor(s => s.Password).NotEmpty().MaximumLength(PasswordRules.MaximumLength);
    }
}

public sealed class SignInHandler(UserManager<AccountUser> users, AccountsDbContext db)
    : IRequestHandler<SignIn, SignInOutcome>
{
    private static readonly AccountUser Nobody = new();

    public async Task<SignInOutcome> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null)
        {
            // The same work as a wrong password, so the time taken does not tell whether the address has an account.
            users.PasswordHasher.VerifyHashedPassword(Nobody, DummyHash, request.Password!);
            return new(SignInResult.Refused, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return new(SignInResult.Refused, null);
        }

        if (!await users.CheckPasswordAsync(user, request.Password!))
        {
            await users.AccessFailedAsync(user);
            return new(SignInResult.Refused, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        if (!user.EmailConfirmed)
        {
            return new(SignInResult.Unconfirmed, null);
        }

        var organisation = await db
            .Organisations.AsNoTracking()
            .FirstAsync(o => o.Id == user.OrganisationId, cancellationToken);
        return organisation.MaySignIn ? new(SignInResult.SignedIn, user) : new(SignInResult.OrganisationRejected, null);
    }

    private static readonly string DummyHash = new PasswordHasher<AccountUser>().HashPassword(
        Nobody,
        "not-a-password-anyone-has"
    );
}
