using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// <c>If-Match</c> names the version a client last saw: <c>"3"</c> (or weak, <c>W/"3"</c>), or <c>*</c> for any.
/// Anything else is a 400 naming the header on every route, so a typo never turns a conditional write into an
/// unconditional one.
/// </summary>
public static partial class IfMatch
{
    public const string Header = "If-Match";

    /// <summary>The version a client last saw; null when the header is absent or <c>*</c>.</summary>
    public static int? Version(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        var text = values.Count == 1 ? values[0]!.Trim() : "";
        if (text == "*")
        {
            return null;
        }

        var match = Tag().Match(text);
        if (
            match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && version > 0
        )
        {
            return version;
        }

        throw new ValidationException([
            new ValidationFailure(
                Header,
                "If-Match takes the version in quotes, e.g. \"3\" (or * for any) / If-Match 须为带引号的版本号，如 \"3\"."
            ),
        ]);
    }

    /// <summary>Checks the header on every request, including routes that do not act on it.</summary>
    public static IApplicationBuilder UseIfMatchCheck(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                _ = Version(context.Request);
                return next(context);
            }
        );

    [GeneratedRegex("""^(?:W/)?"([0-9]{1,9})"$""")]
    private static partial Regex Tag();
}
