using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Get;

/// <summary>
/// The GET-by-id query, compiled once per host: the LINQ form cost a JIT compilation per request (profiled in
/// docs/benchmarks.md). Not static: a compiled query swaps its executor when it meets another model, so hosts
/// on different providers in one process (the API tests) would race on a shared one.
/// </summary>
public sealed class AchievementById
{
    private readonly Func<AchievementsDbContext, Guid, CancellationToken, Task<Achievement?>> query =
        EF.CompileAsyncQuery((AchievementsDbContext context, Guid id, CancellationToken _) =>
            context.Achievements.AsNoTracking().FirstOrDefault(a => a.Id == id));

    public Task<Achievement?> FindAsync(AchievementsDbContext db, Guid id, CancellationToken cancellationToken) => query(db, id, cancellationToken);
}
