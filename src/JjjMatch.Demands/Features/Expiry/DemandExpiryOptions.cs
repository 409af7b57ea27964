namespace JjjMatch.Demands.Features.Expiry;

/// <summary>Configuration section "Demands:Expiry".</summary>
public sealed class DemandExpiryOptions
{
    public const string Section = "Demands:Expiry";

    /// <summary>How often the worker looks for open demands past their deadline.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Demands expired per save.</summary>
    public int BatchSize { get; set; } = 200;
}
