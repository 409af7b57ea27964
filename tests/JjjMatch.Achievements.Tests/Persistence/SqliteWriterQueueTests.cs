using JjjMatch.Achievements.Persistence;
using JjjMatch.Achievements.Tests.Api;
using JjjMatch.BuildingBlocks.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Achievements.Tests.Persistence;

/// <summary>
/// The service's transactions on its SQLite file wait for their turn in the process, asynchronously, and every way a
/// transaction can end gives the turn to the next one.
/// </summary>
public sealed class SqliteWriterQueueTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_writer_waiting_for_its_turn_returns_a_pending_task_instead_of_blocking_its_thread()
    {
        await using var first = Context();
        await using var second = Context();
        await using var holding = await first.Db.Database.BeginTransactionAsync();

        // Without the queue this call would block inside SQLite's busy handler until the first writer commits,
        // which this thread only does afterwards.
        var waiting = second.Db.Database.BeginTransactionAsync();

        waiting.IsCompleted.ShouldBeFalse();
        await holding.CommitAsync();
        await using var next = await waiting.WaitAsync(Patience);
        await next.CommitAsync();
    }

    [Theory]
    [InlineData("commit")]
    [InlineData("rollback")]
    [InlineData("dispose")]
    [InlineData("failed save")]
    public async Task However_a_transaction_ends_the_next_writer_gets_its_turn(string ending)
    {
        await using (var first = Context())
        {
            if (ending == "failed save")
            {
                var applied = new InboxMessage { EventId = Guid.CreateVersion7(), Consumer = "queue-test" };
                first.Db.InboxMessages.Add(applied);
                await first.Db.SaveChangesAsync();
                await using var again = Context();
                again.Db.InboxMessages.Add(new InboxMessage { EventId = applied.EventId, Consumer = applied.Consumer });
                await Should.ThrowAsync<DbUpdateException>(() => again.Db.SaveChangesAsync());
            }
            else
            {
                await using var transaction = await first.Db.Database.BeginTransactionAsync();
                if (ending == "commit")
                {
                    await transaction.CommitAsync();
                }
                else if (ending == "rollback")
                {
                    await transaction.RollbackAsync();
                }
            }
        }

        await using var second = Context();
        await using var next = await second.Db.Database.BeginTransactionAsync().WaitAsync(Patience);
        await next.CommitAsync();
    }

    private Scoped Context()
    {
        var scope = host.Services.CreateAsyncScope();
        return new Scoped(scope, scope.ServiceProvider.GetRequiredService<AchievementsDbContext>());
    }

    private sealed record Scoped(AsyncServiceScope Scope, AchievementsDbContext Db) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
