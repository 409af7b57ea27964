using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JjjMatch.Host.OpenApi;

/// <summary>
/// Makes each operation readable: parameters by their camelCase names with meaning, unit and range; an example of
/// its body; and every error response it can give, each a problem document (docs/api-errors.md).
/// </summary>
public sealed class OperationDocs : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + (context.ApiDescription.RelativePath ?? "").Split('?')[0].TrimEnd('/');
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (QueryParameterDocs.For(path, parameter.Name) is { } doc)
            {
                parameter.Description = doc.Description;
                if (parameter.Schema is OpenApiSchema schema)
                {
                    schema.Minimum = doc.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    schema.Maximum = doc.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        var body = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p =>
            p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body
        );
        if (body is not null && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = RequestExamples.For(body.Type);
            }
        }

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var secured =
            metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any()
                ? !metadata.OfType<IAllowAnonymous>().Any()
                : false;
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var writes = method is "POST" or "PUT" or "DELETE";
        operation.Responses ??= [];
        // Every route refuses a query parameter it does not take (QueryParameterCheck).
        Add(operation, context, "400", Invalid(body is not null), validation: true);

        if (secured)
        {
            Add(
                operation,
                context,
                "401",
                "No bearer token, or one that is expired, not signed by this server or "
                    + "with claims that do not fit docs/security.md / 未认证"
            );
            Add(
                operation,
                context,
                "403",
                "The token's role may not do this, or the organisation does not own the " + "resource / 无权操作"
            );
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            Add(
                operation,
                context,
                "404",
                "No such resource, or one the caller may not see (another organisation's " + "draft) / 未找到"
            );
        }

        if (writes && path.Contains('{', StringComparison.Ordinal))
        {
            Add(
                operation,
                context,
                "409",
                "Not allowed in the resource's current state (e.g. publishing what is "
                    + "published), or If-Match names a version that is no longer current / 状态冲突"
            );
        }

        if (body is not null)
        {
            Add(
                operation,
                context,
                "413",
                "The body is larger than Limits:MaxRequestBodyBytes (1 MiB by default) " + "/ 请求体过大"
            );
            Add(operation, context, "415", "The body was not sent as Content-Type: application/json / 媒体类型错误");
        }

        Add(
            operation,
            context,
            "429",
            "Too many requests from this account; Retry-After says when to try again " + "/ 请求过多"
        );
        AddExamples(operation, context);
    }

    /// <summary>An example of each documented body: success bodies from their types, every problem.</summary>
    private static void AddExamples(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse { Content: { } content })
            {
                continue;
            }

            var type = context
                .ApiDescription.SupportedResponseTypes.FirstOrDefault(r =>
                    r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status
                )
                ?.Type;
            var example =
                status[0] == '2' && type is not null && type != typeof(void)
                    ? ResponseExamples.For(type)
                    : ResponseExamples.Problem(status);
            foreach (var (mediaType, media) in content)
            {
                if (example is not null && mediaType.Contains("json", StringComparison.Ordinal))
                {
                    media.Example = example.DeepClone();
                }
            }
        }
    }

    private static string Invalid(bool withBody) =>
        withBody
            ? "The body or a parameter is invalid: an empty body, broken JSON (line and character given), a value of "
                + "the wrong type, an unknown field, or a rule of the field not met. Every problem is listed at once "
                + "under errors and errorsZh, keyed by the JSON path / 请求无效，逐项列出"
            : "A parameter is invalid (wrong type, out of range, unknown value) or unknown to this route; every "
                + "problem is listed under errors and errorsZh, keyed by the parameter's name / 参数无效";

    private static void Add(
        OpenApiOperation operation,
        OperationFilterContext context,
        string status,
        string description,
        bool validation = false
    )
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(
            validation ? typeof(ValidationProblem) : typeof(Problem),
            context.SchemaRepository
        );
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = schema },
            },
        };
    }
}
