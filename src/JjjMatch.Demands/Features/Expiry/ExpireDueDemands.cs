using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JjjMatch.Demands.Features.Expiry;

/// <summary>Records the expiry of every open demand whose deadline has passed; returns how many it expired.</summary>
public sealed record ExpireDueDemands : IRequest<int>;

public sealed class ExpireDueDemandsHandler(
    DemandsDbContext db,
    TimeProvider time,
    IOptions<DemandExpiryOptions> options
) : IRequestHandler<ExpireDueDemands, int>
{
    public async Task<int> Handle(ExpireDueDemands request, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var expired = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await db
                .Demands.Include(d => d.Applications)
                .Where(d => d.Status == DemandStatus.Open && d.Deadline <= now.UtcDateTime)
                .OrderBy(d => d.Deadline)
                .ThenBy(d => d.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            foreach (var demand in due.Where(d => d.Expire(now.UtcDateTime)))
            {
                // Each expiry and its event are saved together: no expired demand without its DemandClosed, nor the
                // reverse.
                db.AddIntegrationEvent(DemandEvents.Closed(demand, DemandCloseReason.Expired, now));
                expired++;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (due.Count < batchSize)
            {
                return expired;
            }
        }
    }
}
