using System.Text.Json;
using System.Text.RegularExpressions;
using JjjMatch.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// What was wrong with a request the framework could not bind, in the API's words rather than .NET's: an empty body,
/// broken JSON (where: line and character), every value of the wrong type and every unknown field, a query value of
/// the wrong type.
/// </summary>
public static partial class RequestProblems
{
    public static readonly BilingualMessage EmptyBody = new(
        "The request body is empty: send a JSON object (examples: /swagger)",
        "请求体为空：请发送 JSON 对象（示例见 /swagger）"
    );

    public static async Task<IReadOnlyList<(string Field, BilingualMessage Message)>> OfBodyAsync(
        HttpContext context,
        JsonException? error
    )
    {
        var body = await BufferedBodyAsync(context.Request);
        if (body is null || body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return [("body", EmptyBody)];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException syntax)
        {
            var at = error?.LineNumber is not null ? error : syntax;
            var (line, character) = JsonBodyProblems.Position(body, at.LineNumber ?? 0, at.BytePositionInLine ?? 0);
            var reason = Reason(syntax.Message);
            return
            [
                (
                    FieldNames.FromJsonPath(error?.Path),
                    new(
                        $"The body is not valid JSON: it breaks at line {line}, character {character} ({reason})",
                        $"请求体不是有效的 JSON：在第 {line} 行第 {character} 个字符处出错"
                    )
                ),
            ];
        }

        using (document)
        {
            // The exception handler runs with the endpoint cleared; the feature keeps the one that failed.
            var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
            var type = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            var options = context.RequestServices.GetRequiredService<
                IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>
            >();
            var problems = type is null
                ? []
                : JsonBodyProblems.Find(document.RootElement, type, options.Value.SerializerOptions);
            return problems.Count > 0
                ? problems
                : [(FieldNames.FromJsonPath(error?.Path), new("The value is not valid for this field", "字段值无效"))];
        }
    }

    /// <summary>
    /// A query or route value the framework could not convert ("Failed to bind parameter "int? Page" from "x"").
    /// </summary>
    public static (string Field, BilingualMessage Message)? OfParameter(BadHttpRequestException exception)
    {
        var match = FailedToBind().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }

        var format = ValueFormats.Of(TypeNamed(match.Groups["type"].Value));
        return (
            JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value),
            new($"Must be {format.English}", $"须为{format.Chinese}")
        );
    }

    private static Type TypeNamed(string csharpName) =>
        csharpName.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
        {
            "int" or "long" or "short" => typeof(int),
            "decimal" or "double" or "float" => typeof(decimal),
            "bool" => typeof(bool),
            "Guid" => typeof(Guid),
            "DateOnly" => typeof(DateOnly),
            "DateTimeOffset" or "DateTime" => typeof(DateTimeOffset),
            _ => typeof(string),
        };

    private static async Task<byte[]?> BufferedBodyAsync(HttpRequest request)
    {
        if (!request.Body.CanSeek)
        {
            return null;
        }

        request.Body.Position = 0;
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>The serializer's reason without its own byte-position suffix.</summary>
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[A-Za-z0-9_]+)\" from \"")]
    private static partial Regex FailedToBind();
}
