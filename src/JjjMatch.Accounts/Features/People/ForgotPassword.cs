using System.Collections.Concurrent;
using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Mail;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// Always the same answer (202), whether or not the address has an account: a confirmed account gets a reset link,
/// at most one per address per minute.
/// </summary>
public sealed record ForgotPassword(string? Email) : IRequest;

public sealed record ResetLinkRequested(string Message);

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPassword>
{
    public ForgotPasswordValidator() => RuleFor(f => f.Email).IsEmail();
}

public sealed class ForgotPasswordHandler(
    UserManager<AccountUser> users,
    IMailSender mail,
    AccountLinks links,
    ResetThrottle throttle
) : IRequestHandler<ForgotPassword>
{
    public async Task<Unit> Handle(ForgotPassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null || !user.EmailConfirmed || !throttle.TryTake(user.Id))
        {
            return Unit.Value;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await mail.SendAsync(AccountMails.Reset(user.Email!, links.ResetPassword(user.Id, token)), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// One reset mail per person per minute, whatever the number of addresses asking (per-address limits too).
/// </summary>
public sealed class ResetThrottle(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> last = new();

    public bool TryTake(Guid userId)
    {
        var now = time.GetUtcNow();
        foreach (var stale in last.Where(p => now - p.Value > Interval).Select(p => p.Key).ToList())
        {
            last.TryRemove(stale, out _);
        }

        return last.TryAdd(userId, now);
    }
}
