using System.Globalization;
using System.Threading.RateLimiting;
using JjjMatch.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JjjMatch.Accounts.Features;

/// <summary>
/// Sign-in, registration and reset per account: a fixed window per action and email address (trimmed, upper case, as
/// Identity normalises it), whatever the client address, beside the per-address policy. An address with no account
/// is limited the same, so the answer tells nothing about which addresses have one.
/// </summary>
public sealed class AccountRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public AccountRateLimit(IOptions<AccountsOptions> settings, TimeProvider time)
    {
        var options = settings.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key =>
            options.AccountPermitLimit <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.Get(key, _ => new AccountWindowLimiter(
                    options.AccountPermitLimit,
                    options.AccountWindow,
                    time
                ))
        );
    }

    public static string Normalise(string email) => email.Trim().ToUpperInvariant();

    public RateLimitLease Acquire(string action, string email) =>
        limiter.AttemptAcquire(action + ":" + Normalise(email));

    public void Dispose() => limiter.Dispose();
}

public static class AccountRateLimitEndpoints
{
    /// <summary>Limits the endpoint per the email address <paramref name="email"/> reads from its body.</summary>
    public static RouteHandlerBuilder LimitPerAccount<TBody>(
        this RouteHandlerBuilder endpoint,
        string action,
        Func<TBody, string?> email
    ) =>
        endpoint.AddEndpointFilter(
            async (context, next) =>
            {
                var address = context.Arguments.OfType<TBody>().Select(email).FirstOrDefault();
                if (string.IsNullOrWhiteSpace(address))
                {
                    return await next(context); // the validator answers 400 naming the field
                }

                using var lease = context
                    .HttpContext.RequestServices.GetRequiredService<AccountRateLimit>()
                    .Acquire(action, address);
                return lease.IsAcquired ? await next(context) : TooMany(context.HttpContext, lease);
            }
        );

    private static IResult TooMany(HttpContext context, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.Zero;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many attempts for this account / 该账户尝试次数过多",
            detail: $"Try again in {seconds} s / 请 {seconds} 秒后再试."
        );
    }
}
