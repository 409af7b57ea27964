namespace JjjMatch.Accounts;

/// <summary>The accounts service's settings (section <c>Accounts</c>, docs/accounts.md).</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// The token server's issuer, an absolute URL its tokens name and the services trust, e.g.
    /// https://match.example.cn/; the embedded default uses the host's first URL.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Where links in mails point (the public address of the API), e.g. https://match.example.cn.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Signing keys (PKCS#12 files) and the encryption key of codes and refresh tokens; a secret folder.
    /// </summary>
    public string KeysDirectory { get; set; } = "data/keys";

    /// <summary>A new signing key is made once the newest is this old (at start-up and while running).</summary>
    public TimeSpan KeyRotation { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the running service checks whether a key is due or expired.</summary>
    public TimeSpan KeyRotationCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a replaced key stays published at the JWKS endpoint so that tokens it signed still validate; then it
    /// is removed (longer than <see cref="AccessTokenLifetime"/>).
    /// </summary>
    public TimeSpan KeyRetention { get; set; } = TimeSpan.FromDays(2);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Confirmation, reset and invitation links expire after this.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failed sign-ins before a lockout, and how long it lasts.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests per client address and window to sign-in, registration and reset; 0 turns it off.</summary>
    public int SensitivePermitLimit { get; set; } = 10;

    public TimeSpan SensitiveWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Sign-ins, registrations and reset requests per email address and window, from any client address; 0 turns it
    /// off.
    /// </summary>
    public int AccountPermitLimit { get; set; } = 10;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Redirect URIs of the console's public client (authorization code with PKCE), comma-separated.</summary>
    public string ConsoleRedirectUris { get; set; } = "http://localhost:5080/console/signin-callback";

    /// <summary>Only tokens over HTTPS; off by default only in the embedded default.</summary>
    public bool? RequireHttps { get; set; }

    public IReadOnlyList<Uri> ConsoleRedirects() =>
        ConsoleRedirectUris
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => new Uri(u, UriKind.Absolute))
            .ToList();
}
