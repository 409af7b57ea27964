using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Testing;

public static class HostCommands
{
    /// <summary>Sends a MediatR request in a fresh scope, as an endpoint or a command-line tool does.</summary>
    public static async Task<TResult> SendAsync<TResult>(this JjjMatchFactory host, IRequest<TResult> request)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>The integration events in one service's outbox, in write order.</summary>
    public static Task<List<object>> OutboxEventsAsync<TContext>(this JjjMatchFactory host)
        where TContext : ServiceDbContext =>
        host.WithScopeAsync<TContext, List<object>>(async db =>
            (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
                .Select(m => (object)IntegrationEventSerializer.FromOutboxMessage(m).Event)
                .ToList()
        );
}
