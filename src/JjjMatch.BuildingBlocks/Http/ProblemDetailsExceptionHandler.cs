using System.Text.Json;
using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>Turns every known failure into an RFC 7807 response; only real faults are left as 500.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        ProblemDetails? problem = exception switch
        {
            ValidationException e => Invalid(
                e.Errors.Select(f => (FieldNames.ToJsonPath(f.PropertyName), f.ErrorMessage))
            ),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(
                StatusCodes.Status413PayloadTooLarge,
                "Request body too large / 请求体过大"
            ),
            BadHttpRequestException { InnerException: JsonException json } => Invalid([
                (FieldNames.FromJsonPath(json.Path), "The value is not valid for this field / 字段值无效."),
            ]),
            BadHttpRequestException e => Problem(e.StatusCode, "Bad request / 请求无效", e.Message),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Forbidden / 无权操作", e.Message),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found / 未找到", e.Message),
            ConflictException e => Problem(StatusCodes.Status409Conflict, "Conflict / 状态冲突", e.Message),
            DbUpdateConcurrencyException => Problem(
                StatusCodes.Status409Conflict,
                "Conflict / 状态冲突",
                "The resource was changed by someone else; reload it and try again."
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

    private static ValidationProblemDetails Invalid(IEnumerable<(string Field, string Message)> errors) =>
        new(errors.GroupBy(e => e.Field, e => e.Message).ToDictionary(g => g.Key, g => g.Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid / 部分字段无效",
        };

    private static ProblemDetails Problem(int status, string title, string? detail = null) =>
        new()
        {
            Status = status,
            Title = title,
            Detail = detail,
        };
}
