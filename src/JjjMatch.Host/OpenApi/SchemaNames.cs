using System.Collections.Concurrent;

namespace JjjMatch.Host.OpenApi;

/// <summary>
/// Schema names a reader can use: the type's own name ("AchievementInput"), a generic one spelled out
/// ("PagedAchievementResponse"), never .NET's backtick-and-assembly form; a name two services both use gets the
/// service in front ("DemandsIntroduction").
/// </summary>
public sealed class SchemaNames
{
    private readonly ConcurrentDictionary<string, Type> claimed = new();

    public string Of(Type type)
    {
        var name = Simple(type);
        var owner = claimed.GetOrAdd(name, type);
        return owner == type ? name : (type.Namespace?.Split('.').ElementAtOrDefault(1) ?? "") + name;
    }

    private static string Simple(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
                + string.Concat(type.GetGenericArguments().Select(Simple))
            : type.Name;
}
