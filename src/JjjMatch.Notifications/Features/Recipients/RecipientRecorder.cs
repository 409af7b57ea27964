using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JjjMatch.Notifications.Features.Recipients;

/// <summary>
/// Remembers the caller's organisation as a recipient, from its token, on every call to this service's API: the
/// organisations themselves live in the accounts' tokens, and a broker's regions and industries decide which new
/// pairs it hears of. Written only when something changed or a minute has passed. A broker organisation needs no call
/// to be told of new pairs: the first call (or a change of coverage) fills its inbox with the open pairs it covers.
/// </summary>
public sealed class RecipientRecorder(
    NotificationsDbContext db,
    CurrentUser user,
    TimeProvider time,
    MatchAnnouncer announcer,
    Notifier notifier,
    IOptions<NotificationsOptions> options
) : IEndpointFilter
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (user.OrganisationId is { } organisation && user.Role is { } role)
        {
            await RecordAsync(organisation, role, context.HttpContext.RequestAborted);
        }

        return await next(context);
    }

    private async Task RecordAsync(Guid organisation, string role, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var regions = user.ClaimValues(TokenIssuer.RegionsClaim).Order(StringComparer.Ordinal).ToList();
        var industries = user.ClaimValues(TokenIssuer.IndustriesClaim).Order(StringComparer.Ordinal).ToList();
        var known = await db.Recipients.FirstOrDefaultAsync(r => r.OrganisationId == organisation, cancellationToken);
        var unchanged =
            known is not null
            && known.Role == role
            && known.Regions.SequenceEqual(regions)
            && known.Industries.SequenceEqual(industries);
        if (unchanged && now - known?.SeenAt < Refresh)
        {
            return;
        }

        // A broker first seen, or whose coverage changed, missed the announcements of the pairs it now covers.
        var catchUp = role == Roles.Intermediary && !unchanged;
        if (known is null)
        {
            known = new Recipient { OrganisationId = organisation, Role = role };
            db.Recipients.Add(known);
        }

        known.Role = role;
        known.Regions = regions;
        known.Industries = industries;
        known.SeenAt = now;
        if (catchUp)
        {
            var settings = options.Value;
            await announcer.CatchUpBrokerAsync(
                known,
                now - settings.BrokerCatchUpWindow,
                settings.BrokerCatchUpLimit,
                cancellationToken
            );
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            notifier.WakeDispatcherIfQueued();
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A parallel request of the same organisation recorded it first.
            db.ChangeTracker.Clear();
        }
    }
}
