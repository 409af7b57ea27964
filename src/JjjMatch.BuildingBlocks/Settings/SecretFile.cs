namespace JjjMatch.BuildingBlocks.Settings;

/// <summary>
/// A secret kept in a file (a container secret such as /run/secrets/jjjmatch-signing-key) instead of the environment,
/// where every process of the user and every crash dump can read it.
/// </summary>
public static class SecretFile
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead
        | UnixFileMode.GroupWrite
        | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead
        | UnixFileMode.OtherWrite
        | UnixFileMode.OtherExecute;

    /// <summary>
    /// The file's text without its final line break. Refused, naming <paramref name="key"/>: a missing or unreadable
    /// file, and on Unix a file its group or others may read or change (only its owner, the service user, may).
    /// </summary>
    public static string Read(string path, string key)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new SettingException($"{key}: there is no file {full}.");
        }

        if (!OperatingSystem.IsWindows())
        {
            // The mode of the file itself, also behind a symbolic link (Kubernetes mounts secrets through links).
            var mode = File.GetUnixFileMode(new FileInfo(full).ResolveLinkTarget(true)?.FullName ?? full);
            if ((mode & GroupOrOthers) != 0)
            {
                throw new SettingException(
                    $"{key}: {full} may be read or changed by users other than its owner (mode "
                        + $"{Convert.ToString((int)mode, 8)}); allow only the service user that owns it: "
                        + $"chmod 600 {full}."
                );
            }
        }

        try
        {
            return File.ReadAllText(full).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingException($"{key}: cannot read {full}: {e.Message}", e);
        }
    }
}
