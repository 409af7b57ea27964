using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JjjMatch.Deploy.Tests;

/// <summary>The configuration keys the application reads, derived from src rather than listed by hand.</summary>
internal static partial class KnownSettings
{
    /// <summary>
    /// Keys the deploy files set ahead of the code that reads them, which is being merged now (demands service,
    /// matcher search wiring). Remove each once src reads it.
    /// </summary>
    public static readonly string[] Pending = [];

    public static IReadOnlySet<string> FromSource { get; } = Derive();

    public static bool IsKnown(string key) =>
        FromSource.Contains(key) || Pending.Contains(key, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Database__Provider -> Database:Provider, as the environment-variable configuration source maps it.
    /// </summary>
    public static string KeyOfEnvironmentVariable(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    private static HashSet<string> Derive()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in ApplicationAssemblies().SelectMany(a => a.GetTypes()))
        {
            if (
                type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section
            )
            {
                AddProperties(keys, type, section, depth: 0);
            }
        }

        foreach (var file in RepoFiles.SourceFiles("*.cs"))
        {
            var code = File.ReadAllText(file);
            keys.UnionWith(DirectRead().Matches(code).Select(m => m.Groups[1].Value));
            keys.UnionWith(SettingConstant().Matches(code).Select(m => m.Groups[1].Value));
            keys.UnionWith(ServiceDatabase().Matches(code).Select(m => "ConnectionStrings:" + m.Groups[1].Value));
        }

        foreach (var file in RepoFiles.SourceFiles("appsettings.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            AddJsonLeaves(keys, json.RootElement, prefix: null);
        }

        return keys;
    }

    private static IEnumerable<Assembly> ApplicationAssemblies() =>
        Directory
            .EnumerateFiles(AppContext.BaseDirectory, "JjjMatch.*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)));

    private static void AddProperties(HashSet<string> keys, Type type, string prefix, int depth)
    {
        foreach (
            var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
        )
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (
                propertyType.IsPrimitive
                || propertyType.IsEnum
                || propertyType == typeof(string)
                || propertyType == typeof(decimal)
                || propertyType == typeof(TimeSpan)
                || propertyType == typeof(Uri)
            )
            {
                keys.Add(key);
            }
            else if (propertyType.IsClass && depth < 3)
            {
                AddProperties(keys, propertyType, key, depth + 1);
            }
        }
    }

    private static void AddJsonLeaves(HashSet<string> keys, JsonElement element, string? prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix!);
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            AddJsonLeaves(keys, property.Value, prefix is null ? property.Name : $"{prefix}:{property.Name}");
        }
    }

    // configuration["Services"], GetValue("DemoData:Enabled", false), GetSetting<long>("Limits:...", ...)
    [GeneratedRegex("""(?:onfiguration\[|Get(?:Value|Setting)(?:<[^>]+>)?\()\s*"([A-Za-z0-9:]+)"\s*[],]""")]
    private static partial Regex DirectRead();

    // public const string AuthoritySetting = "Auth:Authority"; read as configuration[AuthoritySetting]
    [GeneratedRegex("""const string \w*Setting = "([A-Za-z0-9:]+)";""")]
    private static partial Regex SettingConstant();

    // AddServiceDatabase<TContext>(configuration, "Achievements") reads ConnectionStrings:Achievements
    [GeneratedRegex("""AddServiceDatabase<\w+>\(\s*\w+\s*,\s*"(\w+)"\s*\)""")]
    private static partial Regex ServiceDatabase();
}
