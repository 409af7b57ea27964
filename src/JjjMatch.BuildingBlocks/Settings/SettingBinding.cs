using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.BuildingBlocks.Settings;

/// <summary>
/// Configuration binding that stops start-up on a value its property cannot take (a provider name with a typo, "soon"
/// for a time span), naming the key; the plain binder's exception names it too, but only inside a stack trace.
/// </summary>
public static partial class SettingBinding
{
    /// <summary>Section <paramref name="section"/> bound to a new <typeparamref name="T"/>.</summary>
    public static T GetSettings<T>(this IConfiguration configuration, string section)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable(e, key => TypeAt(typeof(T), section, key));
        }
    }

    /// <summary>One value, or <paramref name="defaultValue"/> when the key is not set.</summary>
    public static T GetSetting<T>(this IConfiguration configuration, string key, T defaultValue)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            return configuration.GetValue(key, defaultValue)!;
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable(e, _ => typeof(T));
        }
    }

    /// <summary>
    /// <c>IOptions&lt;T&gt;</c> from the section, bound once here as well: otherwise a bad value would fail the
    /// first request or background job that asks for the options, long after start-up.
    /// </summary>
    public static IServiceCollection AddSettings<T>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section
    )
        where T : class, new()
    {
        configuration.GetSettings<T>(section);
        return services.Configure<T>(configuration.GetSection(section));
    }

    private static SettingException Unreadable(InvalidOperationException e, Func<string, Type?> typeOf)
    {
        // The binder's message is "Failed to convert configuration value at 'Bus:Transport' to type '…'".
        if (BinderKey().Match(e.Message) is not { Success: true } match)
        {
            return new SettingException(e.Message, e);
        }

        var key = match.Groups[1].Value;
        var type = typeOf(key) is { } found ? Nullable.GetUnderlyingType(found) ?? found : null;
        return new SettingException($"{key} must be {Expected(type)}.", e);
    }

    private static string Expected(Type? type) =>
        type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ when type == typeof(TimeSpan) => "a time span such as 00:01:00 (hh:mm:ss)",
            _ when type == typeof(Guid) => "a GUID",
            _ when type == typeof(Uri) => "an absolute address",
            null => "a value of the right type",
            _ => $"a valid {type.Name}",
        };

    /// <summary>
    /// The property type behind <paramref name="key"/> ("Matching:Weights:Text"), walking from the section.
    /// </summary>
    private static Type? TypeAt(Type root, string section, string key)
    {
        if (!key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Type? type = root;
        foreach (var name in key[(section.Length + 1)..].Split(':'))
        {
            type = type
                ?.GetProperties()
                .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?.PropertyType;
        }

        return type;
    }

    [GeneratedRegex("at '([^']+)'")]
    private static partial Regex BinderKey();
}
