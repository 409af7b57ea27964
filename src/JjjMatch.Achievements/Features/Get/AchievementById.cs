using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Get;

/// <summary>An achievement, and whether the caller's organisation was introduced to it (may see its contact).</summary>
public sealed record AchievementForCaller(Achievement Achievement, bool Introduced);

/// <summary>
/// The GET-by-id queries, compiled once per host: the LINQ form cost a JIT compilation per request (profiled in
/// docs/benchmarks.md), and for a signed-in caller the introduction check rides along as an EXISTS in the same
/// statement instead of a second round trip. Not static: a compiled query swaps its executor when it meets another
/// model, so hosts on different providers in one process (the API tests) would race on a shared one.
/// </summary>
public sealed class AchievementById
{
    private readonly Func<AchievementsDbContext, Guid, CancellationToken, Task<Achievement?>> anonymous =
        EF.CompileAsyncQuery(
            (AchievementsDbContext context, Guid id, CancellationToken _) =>
                context.Achievements.AsNoTracking().FirstOrDefault(a => a.Id == id)
        );

    private readonly Func<
        AchievementsDbContext,
        Guid,
        Guid,
        CancellationToken,
        Task<AchievementForCaller?>
    > forOrganisation = EF.CompileAsyncQuery(
        (AchievementsDbContext context, Guid id, Guid organisation, CancellationToken _) =>
            context
                .Achievements.AsNoTracking()
                .Where(a => a.Id == id)
                .Select(a => new AchievementForCaller(
                    a,
                    context.Introductions.Any(i => i.ListingId == id && i.OrganisationId == organisation)
                ))
                .FirstOrDefault()
    );

    public async Task<AchievementForCaller?> FindAsync(
        AchievementsDbContext db,
        Guid id,
        Guid? organisation,
        CancellationToken cancellationToken
    ) =>
        organisation is { } org ? await forOrganisation(db, id, org, cancellationToken)
        : await anonymous(db, id, cancellationToken) is { } achievement
            ? new AchievementForCaller(achievement, Introduced: false)
        : null;
}
