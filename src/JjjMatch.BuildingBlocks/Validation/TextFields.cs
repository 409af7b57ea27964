using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Every string a request carries, with its path ("Body.Milestones[1].Title"): the strings of the request itself,
/// of the records it holds and of their lists, at any depth. Found by reflection so that a new text field cannot be
/// added without <see cref="UserTextValidator{T}"/> checking it.
/// </summary>
public static class TextFields
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Members = new();

    public static IEnumerable<(string Path, string Text)> Of(object? value) => Walk(value, "", 0);

    /// <summary>The paths of the text fields a type declares (list elements as [0]), for tests and docs.</summary>
    public static IReadOnlyList<string> DeclaredBy(Type type) => Declared(type, "", 0).ToList();

    private static IEnumerable<(string Path, string Text)> Walk(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                yield return (path, text);
                yield break;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var field in Walk(item, $"{path}[{index}]", depth + 1))
                    {
                        yield return field;
                    }

                    index++;
                }

                yield break;
        }

        if (depth >= MaxDepth || !IsOurs(value.GetType()))
        {
            yield break;
        }

        foreach (var property in PropertiesOf(value.GetType()))
        {
            var name = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            foreach (var field in Walk(property.GetValue(value), name, depth + 1))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<string> Declared(Type type, string path, int depth)
    {
        if (type == typeof(string))
        {
            yield return path;
            yield break;
        }

        if (depth >= MaxDepth)
        {
            yield break;
        }

        if (ElementType(type) is { } element)
        {
            foreach (var field in Declared(element, $"{path}[0]", depth + 1))
            {
                yield return field;
            }

            yield break;
        }

        if (!IsOurs(type))
        {
            yield break;
        }

        foreach (var property in PropertiesOf(type))
        {
            var name = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            foreach (var field in Declared(property.PropertyType, name, depth + 1))
            {
                yield return field;
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces()
            .Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    /// <summary>
    /// The project's own records and classes; framework types (Guid, DateTimeOffset …) hold no user text.
    /// </summary>
    private static bool IsOurs(Type type) =>
        type is { IsClass: true } && type.Namespace?.StartsWith("JjjMatch.", StringComparison.Ordinal) == true;

    private static PropertyInfo[] PropertiesOf(Type type) =>
        Members.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                // Compiler-made members of records.
                .Where(p => p.Name != "EqualityContract")
                .ToArray());
}
