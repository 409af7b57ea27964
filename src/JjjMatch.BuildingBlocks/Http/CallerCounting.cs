using JjjMatch.BuildingBlocks.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.BuildingBlocks.Http;

public static class CallerCounting
{
    /// <summary>Counts every request while it is being answered, for the consumers to step aside (CallersInFlight).</summary>
    public static IApplicationBuilder UseCallerCounting(this IApplicationBuilder app)
    {
        var callers = app.ApplicationServices.GetService<CallersInFlight>();
        return callers is null
            ? app
            : app.Use(
                async (context, next) =>
                {
                    callers.Enter();
                    try
                    {
                        await next(context);
                    }
                    finally
                    {
                        callers.Leave();
                    }
                }
            );
    }
}
