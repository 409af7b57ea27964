using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JjjMatch.BuildingBlocks.Http;

public static class JsonBodyBuffering
{
    /// <summary>
    /// Keeps request bodies readable after binding, so that a body the serializer refused can be read again to
    /// report every problem in it at once (<see cref="RequestProblems"/>). Bodies are capped by the body limit.
    /// </summary>
    public static IApplicationBuilder UseJsonBodyBuffering(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                if (context.Request.ContentLength is not 0 && !HttpMethodsWithoutBody(context.Request.Method))
                {
                    context.Request.EnableBuffering();
                }

                return next(context);
            }
        );

    private static bool HttpMethodsWithoutBody(string method) =>
        Microsoft.AspNetCore.Http.HttpMethods.IsGet(method)
        || Microsoft.AspNetCore.Http.HttpMethods.IsHead(method)
        || Microsoft.AspNetCore.Http.HttpMethods.IsDelete(method);
}
