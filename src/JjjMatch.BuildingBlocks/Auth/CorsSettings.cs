namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>Browsers on other origins get no CORS headers unless their origins are listed here.</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>
    /// Comma-separated origins, e.g. "https://portal.example.cn,https://admin.example.cn"; empty = no CORS at all.
    /// </summary>
    public string? AllowedOrigins { get; set; }

    public string[] Origins() =>
        (AllowedOrigins ?? "").Split(
            [',', ';', ' '],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
}
