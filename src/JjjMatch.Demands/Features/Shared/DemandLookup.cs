using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Shared;

internal static class DemandLookup
{
    /// <summary>The demand with its applications: every rule about them is the demand's.</summary>
    public static async Task<Demand> FindOrThrowAsync(
        this DemandsDbContext db,
        Guid id,
        CancellationToken cancellationToken
    ) =>
        await db.Demands.Include(d => d.Applications).FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException("Demand", id);

    /// <summary>
    /// The demand to change: 404 when there is none or it is someone else's draft (as on GET, so the answer never
    /// tells a draft from nothing), 403 when the caller's organisation does not own it.
    /// </summary>
    public static async Task<Demand> FindOwnedAsync(
        this DemandsDbContext db,
        Guid id,
        CurrentUser user,
        CancellationToken cancellationToken
    )
    {
        // The change is saved on the same connection: opening one twice per write was a tenth of its cost on SQLite.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var demand = await db.FindOrThrowAsync(id, cancellationToken);
        user.EnsureCanSee(demand.Status == DemandStatus.Draft, demand.OwnerId, "Demand", id);
        user.EnsureOwns(demand.OwnerId, "demand");
        return demand;
    }

    /// <summary>A demand as others may address it: someone else's draft does not exist for them (404).</summary>
    public static async Task<Demand> FindVisibleAsync(
        this DemandsDbContext db,
        Guid id,
        CurrentUser user,
        CancellationToken cancellationToken
    )
    {
        var demand = await db.FindOrThrowAsync(id, cancellationToken);
        user.EnsureCanSee(demand.Status == DemandStatus.Draft, demand.OwnerId, "Demand", id);
        return demand;
    }

    /// <summary>An If-Match version that is not the stored one means the client edited a stale copy.</summary>
    public static void EnsureVersion(this Demand demand, int? expectedVersion)
    {
        if (expectedVersion is not null && expectedVersion != demand.Version)
        {
            throw new ConflictException(
                $"The demand is at version {demand.Version}, not " + $"{expectedVersion}; reload it and try again."
            );
        }
    }
}
