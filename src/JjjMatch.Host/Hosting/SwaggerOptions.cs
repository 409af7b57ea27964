namespace JjjMatch.Host.Hosting;

/// <summary>Configuration section "Swagger": the browsable API (/swagger) and its OpenAPI document.</summary>
public sealed class SwaggerOptions
{
    public const string Section = "Swagger";

    /// <summary>
    /// Unset: on in the embedded default only. It reveals no secret (the routes answer the same without it), so a
    /// production shape may turn it on, e.g. behind its gateway's own access control.
    /// </summary>
    public bool? Enabled { get; set; }
}
