using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Shared;

internal static class DemandLookup
{
    /// <summary>The demand with its applications: every rule about them is the demand's.</summary>
    public static async Task<Demand> FindOrThrowAsync(this DemandsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Demands.Include(d => d.Applications).FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException("Demand", id);

    /// <summary>An If-Match version that is not the stored one means the client edited a stale copy.</summary>
    public static void EnsureVersion(this Demand demand, int? expectedVersion)
    {
        if (expectedVersion is not null && expectedVersion != demand.Version)
        {
            throw new ConflictException($"The demand is at version {demand.Version}, not {expectedVersion}; reload it and try again.");
        }
    }
}
