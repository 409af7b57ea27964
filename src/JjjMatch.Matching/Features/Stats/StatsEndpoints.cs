using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Matching.Features.Stats;

public static class StatsEndpoints
{
    public static void MapStatsEndpoints(this IEndpointRouteBuilder endpoints)
    {
    }
}
