namespace JjjMatch.BuildingBlocks.Settings;

/// <summary>
/// A start-up setting this process cannot run with. The message names the setting and says what to change: the host
/// and the tools report it as one line (<c>error: …</c>) and exit with 2, without a stack trace, which would say
/// nothing more to whoever has to fix the setting.
/// </summary>
public sealed class SettingException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The setting exception in <paramref name="exception"/> or among its inner exceptions, if any.</summary>
    public static SettingException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SettingException setting)
            {
                return setting;
            }
        }

        return null;
    }
}
