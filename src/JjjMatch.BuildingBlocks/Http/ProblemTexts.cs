using Microsoft.AspNetCore.Http;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// Words for the problem responses the framework writes by itself (status code pages: 401, 404 of an unknown route,
/// 405, 415 …): the same "English / 中文" titles as the API's own, and what to do where there is something to do.
/// </summary>
public static class ProblemTexts
{
    private static readonly Dictionary<int, (string Title, string? Detail)> Texts = new()
    {
        [StatusCodes.Status401Unauthorized] = (
            "Unauthorized / 未认证",
            "Send a bearer token: Authorization: Bearer <token> (README: getting a token) / 请携带 Bearer 令牌."
        ),
        [StatusCodes.Status403Forbidden] = ("Forbidden / 无权操作", null),
        [StatusCodes.Status404NotFound] = ("Not found / 未找到", null),
        [StatusCodes.Status405MethodNotAllowed] = ("Method not allowed / 不支持该请求方法", null),
        [StatusCodes.Status415UnsupportedMediaType] = (
            "Unsupported media type / 不支持的媒体类型",
            "Send the body as JSON with Content-Type: application/json / 请以 application/json 发送请求体."
        ),
    };

    public static void Customize(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status || !Texts.TryGetValue(status, out var text))
        {
            return;
        }

        // Only the framework's own English-only titles are replaced; the API's problems already say more.
        if (problem.Title is null || !problem.Title.Contains(" / ", StringComparison.Ordinal))
        {
            problem.Title = text.Title;
            problem.Detail ??= text.Detail;
        }
    }
}
