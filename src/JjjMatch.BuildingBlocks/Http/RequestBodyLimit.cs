using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace JjjMatch.BuildingBlocks.Http;

public static class RequestBodyLimit
{
    /// <summary>
    /// Refuses bodies above the limit with 413: declared ones before reading, streamed ones through the
    /// server's own limit where the server has one.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(
            async (context, next) =>
            {
                if (context.Request.ContentLength > maxBytes)
                {
                    throw new BadHttpRequestException(
                        "The body is larger " + $"than {maxBytes} bytes.",
                        StatusCodes.Status413PayloadTooLarge
                    );
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = maxBytes;
                }

                await next(context);
            }
        );
}
