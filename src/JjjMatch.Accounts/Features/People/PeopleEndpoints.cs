using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// Sign-in (the token server's cookie), email confirmation, password reset and invitations: JSON under /api/account,
/// and the small pages the mails' links open under /account.
/// </summary>
internal static class PeopleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/account").WithTags("Account");
        api.MapPost("/signin", SignInAsync)
            .RequireRateLimiting(Features.AccountsEndpoints.SensitivePolicy)
            .LimitPerAccount<SignIn>("signin", s => s.Email)
            .WithSummary("Sign in with email and password; sets the cookie /connect/authorize reads / 登录");
        api.MapPost("/signout", async (HttpContext context) =>
            {
                await context.SignOutAsync(PersonCookie.Scheme);
                return TypedResults.NoContent();
            })
            .WithSummary("End the sign-in session / 退出");
        api.MapPost("/confirm-email", async (ConfirmEmail body, IMediator m, CancellationToken ct) =>
                await m.Send(body, ct) ? Results.NoContent() : BadLink()
            )
            .RequireRateLimiting(Features.AccountsEndpoints.SensitivePolicy)
            .WithSummary("Confirm the address with the link's userId and token / 确认邮箱");
        api.MapPost("/forgot-password", async (ForgotPassword body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(body, ct);
                return TypedResults.Accepted(
                    (string?)null,
                    new ResetLinkRequested(
                        "If the address has an account, a link is on its way / 如该邮箱已注册，重置链接已发出"
                    )
                );
            })
            .RequireRateLimiting(Features.AccountsEndpoints.SensitivePolicy)
            .LimitPerAccount<ForgotPassword>("reset", f => f.Email)
            .WithSummary("Mail a reset link; the same answer for every address / 忘记密码");
        api.MapPost("/reset-password", async (PasswordLinkBody body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new SetPassword(body.UserId, body.Token, body.Password, Invitation: false), ct);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(Features.AccountsEndpoints.SensitivePolicy)
            .WithSummary("A new password with the reset link's userId and token / 重置密码");
        api.MapPost("/accept-invitation", async (PasswordLinkBody body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new SetPassword(body.UserId, body.Token, body.Password, Invitation: true), ct);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(Features.AccountsEndpoints.SensitivePolicy)
            .WithSummary("Set the first password with the invitation link's userId and token / 接受邀请");
        AccountPages.Map(endpoints);
    }

    private static async Task<IResult> SignInAsync(SignIn body, IMediator m, HttpContext context, CancellationToken ct)
    {
        var outcome = await m.Send(body, ct);
        switch (outcome.Result)
        {
            case SignInResult.SignedIn:
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, outcome.User!.Id.ToString())],
                    PersonCookie.Scheme
                );
                await context.SignInAsync(PersonCookie.Scheme, new ClaimsPrincipal(identity));
                return Results.NoContent();
            case SignInResult.Unconfirmed:
                return Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Confirm your email address first / 请先确认邮箱",
                    detail: "Open the link in the registration or invitation mail."
                );
            case SignInResult.OrganisationRejected:
                return Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "The organisation's registration was rejected / 机构注册未通过审核"
                );
            default:
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Wrong email or password, or locked for a while after failures / 邮箱或密码错误，或已暂时锁定"
                );
        }
    }

    private static IResult BadLink() =>
        throw new ValidationException([
            new ValidationFailure("token", "This link is wrong, used or expired / 链接无效、已使用或已过期"),
        ]);
}
