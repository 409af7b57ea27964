using System.Text;
using JjjMatch.BuildingBlocks.Settings;
using Microsoft.Extensions.Configuration;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>Bearer tokens: every service validates them on its own with the shared signing key.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";
    public const string SigningKeySetting = "Auth:SigningKey";
    public const string SigningKeyFileSetting = "Auth:SigningKeyFile";

    /// <summary>
    /// Published on purpose (docs/security.md): used only when no key is configured, and only by the embedded default
    /// (SQLite and the in-memory bus), so the CLI and the server agree without set-up. Anything else refuses to start
    /// without a key, and refuses this one.
    /// </summary>
    public const string DevelopmentSigningKey = "jjjmatch-development-signing-key-do-not-use-in-production";

    public const int MinimumKeyBytes = 32;

    /// <summary>HS256 key, at least 32 bytes of UTF-8; shared by every service (a secret).</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// A file holding the key instead (e.g. /run/secrets/jjjmatch-signing-key), read at start; only its owner may
    /// read it.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    public string Issuer { get; set; } = "jjjmatch";

    public string Audience { get; set; } = "jjjmatch-api";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public byte[] KeyBytes() =>
        Encoding.UTF8.GetBytes(string.IsNullOrEmpty(SigningKey) ? DevelopmentSigningKey : SigningKey);

    /// <summary>
    /// The section with the key in <see cref="SigningKey"/>, however it was given; settings that cannot sign tokens in
    /// this shape are a <see cref="SettingException"/> naming the setting.
    /// </summary>
    public static AuthOptions Load(IConfiguration configuration, HostShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var options = configuration.GetSettings<AuthOptions>(Section);
        var source = SigningKeySetting;
        if (!string.IsNullOrEmpty(options.SigningKeyFile))
        {
            if (!string.IsNullOrEmpty(options.SigningKey))
            {
                throw new SettingException(
                    $"{SigningKeySetting} and {SigningKeyFileSetting} are both set: keep one of them."
                );
            }

            source = SigningKeyFileSetting;
            options.SigningKey = SecretFile.Read(options.SigningKeyFile, source);
            if (options.SigningKey.Length == 0)
            {
                throw new SettingException($"{source}: {options.SigningKeyFile} is empty.");
            }
        }

        if (options.Problem(shape.IsEmbeddedDefault, source) is { } problem)
        {
            throw new SettingException(problem);
        }

        return options.TokenLifetime > TimeSpan.Zero
            ? options
            : throw new SettingException($"Auth:TokenLifetime must be positive, not {options.TokenLifetime}.");
    }

    /// <summary>
    /// Why this key cannot start a host, or null when it can; <paramref name="source"/> is the setting that gave it.
    /// </summary>
    public string? Problem(bool embeddedDefault, string source = SigningKeySetting)
    {
        if (string.IsNullOrEmpty(SigningKey))
        {
            return embeddedDefault
                ? null
                : $"{SigningKeySetting} (or {SigningKeyFileSetting}) is required outside {HostShape.EmbeddedDefault}: "
                    + "set a secret of at least 32 bytes, e.g. `openssl rand -base64 48`.";
        }

        if (Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
        {
            return $"{source}: the key must be at least {MinimumKeyBytes} bytes long.";
        }

        return !embeddedDefault && SigningKey == DevelopmentSigningKey
            ? $"{source}: the published development key is allowed only on {HostShape.EmbeddedDefault}; "
                + "set a secret of at least 32 bytes, e.g. `openssl rand -base64 48`."
            : null;
    }
}
