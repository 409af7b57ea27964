using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// Checks an API route's query string before the framework binds it, so that every problem is reported at once as a
/// body's are: each value of the wrong type, and each parameter the route does not take (<c>groupBy=decade</c> on
/// /api/deals, a misspelled <c>pagesize</c>), by its camelCase name. The framework alone stops at the first bad value
/// and drops unknown parameters silently. The parameters are read from the route's handler (its simple parameters and
/// those of an <c>[AsParameters]</c> record), once per endpoint.
/// </summary>
public static class QueryParameterCheck
{
    private static readonly ConcurrentDictionary<Endpoint, IReadOnlyDictionary<string, Type>?> Known = new();

    public static IApplicationBuilder UseQueryParameterCheck(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                if (
                    context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                    && context.Request.QueryString.HasValue
                    && context.GetEndpoint() is RouteEndpoint endpoint
                    && Known.GetOrAdd(endpoint, ParametersOf) is { } parameters
                )
                {
                    Check(context.Request.Query, parameters);
                }

                return next(context);
            }
        );

    /// <summary>The query parameters a route takes, by camelCase name; null when its handler is not known.</summary>
    public static IReadOnlyDictionary<string, Type>? ParametersOf(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return null;
        }

        var route = endpoint is RouteEndpoint r
            ? r.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var parameters = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var member in Members(parameter.ParameterType))
                {
                    Add(parameters, route, member.Name, member.Type, member.Attributes);
                }
            }
            else
            {
                Add(parameters, route, parameter.Name!, parameter.ParameterType, parameter.GetCustomAttributes());
            }
        }

        return parameters;
    }

    private static void Check(IQueryCollection query, IReadOnlyDictionary<string, Type> parameters)
    {
        var failures = new List<ValidationFailure>();
        foreach (var (name, values) in query)
        {
            if (!parameters.TryGetValue(name, out var type))
            {
                var known = parameters.Count == 0 ? "none" : string.Join(", ", parameters.Keys.Order());
                failures.Add(
                    new(
                        name,
                        $"Unknown query parameter; the parameters here are: {known} (names are case-sensitive) "
                            + $"/ 未知查询参数；此处可用参数为：{known}（区分大小写）"
                    )
                );
                continue;
            }

            var element = type.IsArray ? type.GetElementType()! : type;
            if (values.Any(v => !string.IsNullOrEmpty(v) && !Parses(v, element)))
            {
                var format = ValueFormats.Of(element);
                failures.Add(new(name, $"Must be {format.English} / 须为{format.Chinese}"));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static void Add(
        Dictionary<string, Type> parameters,
        HashSet<string> route,
        string name,
        Type type,
        IEnumerable<object> attributes
    )
    {
        var list = attributes.ToList();
        if (
            route.Contains(name)
            || list.Any(a =>
                a is IFromBodyMetadata or IFromServiceMetadata or IFromHeaderMetadata or IFromFormMetadata
                || a is IFromRouteMetadata
            )
            || !IsSimple(type)
        )
        {
            return;
        }

        var fromQuery = list.OfType<IFromQueryMetadata>().FirstOrDefault()?.Name;
        parameters[fromQuery ?? JsonNamingPolicy.CamelCase.ConvertName(name)] = type;
    }

    /// <summary>What the framework binds from the query string: strings, types with a TryParse, arrays.</summary>
    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return IsSimple(type.GetElementType()!);
        }

        return type == typeof(string)
            || type.IsEnum
            || (type != typeof(CancellationToken) && type != typeof(ClaimsPrincipal) && TryParseOf(type) is not null);
    }

    private static bool Parses(string value, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return true;
        }

        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out _);
        }

        var tryParse = TryParseOf(type);
        if (tryParse is null)
        {
            return true;
        }

        object?[] arguments =
            tryParse.GetParameters().Length == 3 ? [value, CultureInfo.InvariantCulture, null] : [value, null];
        return tryParse.Invoke(null, arguments) is true;
    }

    /// <summary>The framework's TryParse: (string, IFormatProvider, out T), else (string, out T).</summary>
    private static MethodInfo? TryParseOf(Type type) =>
        type.GetMethod(
            "TryParse",
            BindingFlags.Public | BindingFlags.Static,
            [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]
        )
        ?? type.GetMethod(
            "TryParse",
            BindingFlags.Public | BindingFlags.Static,
            [typeof(string), type.MakeByRefType()]
        );

    private static IEnumerable<(string Name, Type Type, IEnumerable<object> Attributes)> Members(Type type)
    {
        // A record's primary constructor names its parameters (and carries their attributes); else its properties.
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is { } c && c.GetParameters().Length > 0)
        {
            return c.GetParameters()
                .Select(p =>
                    (
                        p.Name!,
                        p.ParameterType,
                        p.GetCustomAttributes()
                            .Concat(type.GetProperty(p.Name!)?.GetCustomAttributes() ?? [])
                            .Cast<object>()
                    )
                );
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => (p.Name, p.PropertyType, p.GetCustomAttributes().Cast<object>()));
    }
}
