using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>
/// One id that follows a listing from the API call through the outbox, the bus and the consumers to the
/// MatchSuggested it leads to. It is in every log line's scope as "CorrelationId", in the X-Correlation-Id
/// response header, in each outbox row and in each published message's headers.
/// </summary>
public static partial class Correlation
{
    public const string Header = "X-Correlation-Id";

    private static readonly AsyncLocal<string?> current = new();

    public static string? Current => current.Value;

    /// <summary>Makes <paramref name="id"/> current (and a logging scope) until disposed.</summary>
    public static IDisposable Begin(ILogger logger, string? id)
    {
        var previous = current.Value;
        current.Value = id;
        var scope = logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = id });
        return new Restore(() =>
        {
            scope?.Dispose();
            current.Value = previous;
        });
    }

    /// <summary>Takes a well-formed id from the caller, or starts one from the request's trace id.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var offered = context.Request.Headers[Header].ToString();
                var id = WellFormed().IsMatch(offered)
                    ? offered
                    : System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
                context.Response.Headers[Header] = id;
                var logger = context
                    .RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger("JjjMatch.Requests");
                using (Begin(logger, id))
                {
                    await next(context);
                }
            }
        );

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex WellFormed();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
