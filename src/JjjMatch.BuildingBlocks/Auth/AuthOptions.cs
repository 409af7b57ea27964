using System.Text;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>Bearer tokens: every service validates them on its own with the shared signing key.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Published on purpose (docs/security.md): used only when no key is configured, and only by the embedded default
    /// (SQLite and the in-memory bus), so the CLI and the server agree without set-up. Anything else refuses to start
    /// without a key.
    /// </summary>
    public const string DevelopmentSigningKey = "jjjmatch-development-signing-key-do-not-use-in-production";

    public const int MinimumKeyBytes = 32;

    /// <summary>HS256 key, at least 32 bytes of UTF-8; shared by every service (a secret).</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "jjjmatch";

    public string Audience { get; set; } = "jjjmatch-api";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Serves POST /api/auth/token for the seeded demo accounts; on in the embedded default only.</summary>
    public bool DemoAccounts { get; set; }

    public byte[] KeyBytes() =>
        Encoding.UTF8.GetBytes(string.IsNullOrEmpty(SigningKey) ? DevelopmentSigningKey : SigningKey);

    /// <summary>Why these settings cannot start a host, or null when they can.</summary>
    public string? Problem(bool embeddedDefault)
    {
        if (string.IsNullOrEmpty(SigningKey))
        {
            return embeddedDefault
                ? null
                : "Auth:SigningKey is required outside the embedded default (SQLite with the in-memory bus): "
                    + "set a secret of at least 32 bytes, e.g. `openssl rand -base64 48`.";
        }

        return Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes
            ? $"Auth:SigningKey must be at least {MinimumKeyBytes} bytes long."
            : null;
    }
}
