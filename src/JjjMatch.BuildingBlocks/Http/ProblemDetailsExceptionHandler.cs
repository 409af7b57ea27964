using System.Text.Json;
using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// Turns every known failure into an RFC 7807 response; only real faults are left as 500. A 400 lists every bad
/// field at once by its JSON path: <c>errors</c> in English, <c>errorsZh</c> the same fields in Chinese
/// (docs/api-errors.md).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string ChineseErrors = "errorsZh";

    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        ProblemDetails? problem = exception switch
        {
            ValidationException e => Invalid(
                e.Errors.Select(f => (FieldNames.ToJsonPath(f.PropertyName), ValidationConventions.Message(f)))
            ),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(
                StatusCodes.Status413PayloadTooLarge,
                "Request body too large / 请求体过大"
            ),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problem(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type / 不支持的媒体类型",
                "Send the body as JSON with Content-Type: application/json / 请以 application/json 发送请求体."
            ),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(
                await RequestProblems.OfBodyAsync(httpContext, json)
            ),
            BadHttpRequestException e when RequestProblems.OfParameter(e) is { } parameter => Invalid([parameter]),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } when IsBodyMissing(e: exception) =>
                Invalid(await RequestProblems.OfBodyAsync(httpContext, null)),
            BadHttpRequestException e => Problem(e.StatusCode, "Bad request / 请求无效", e.Message),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Forbidden / 无权操作", e.Message),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found / 未找到", e.Message),
            ConflictException e => Problem(StatusCodes.Status409Conflict, "Conflict / 状态冲突", e.Message),
            DbUpdateConcurrencyException => Problem(
                StatusCodes.Status409Conflict,
                "Conflict / 状态冲突",
                "The resource was changed by someone else; reload it and try again / 资源已被他人修改，请刷新后重试."
            ),
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
    }

    /// <summary>
    /// The framework's "Implicit body inferred …" or "Required parameter … was not provided from body".
    /// </summary>
    private static bool IsBodyMissing(Exception e) => e.Message.Contains("body", StringComparison.OrdinalIgnoreCase);

    private static ValidationProblemDetails Invalid(IEnumerable<(string Field, BilingualMessage Message)> errors)
    {
        var byField = errors.GroupBy(e => e.Field, e => e.Message, StringComparer.Ordinal).ToList();
        return new(byField.ToDictionary(g => g.Key, g => g.Select(m => m.English).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid / 部分字段无效",
            Detail = "Every problem is listed under errors (English) and errorsZh (中文), by the field's JSON path.",
            Extensions =
            {
                [ChineseErrors] = byField.ToDictionary(g => g.Key, g => g.Select(m => m.Chinese).Distinct().ToArray()),
            },
        };
    }

    private static ProblemDetails Problem(int status, string title, string? detail = null) =>
        new()
        {
            Status = status,
            Title = title,
            Detail = detail,
        };
}
