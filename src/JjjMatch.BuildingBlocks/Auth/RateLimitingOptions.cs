namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>Requests per account (the token's subject; the client address without a token) in a fixed window.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests allowed per window; 0 turns the limit off.</summary>
    public int PermitLimit { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
