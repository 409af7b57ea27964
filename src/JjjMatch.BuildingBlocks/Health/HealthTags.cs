namespace JjjMatch.BuildingBlocks.Health;

/// <summary>Which endpoint runs a check: <c>/health/live</c> or <c>/health/ready</c>.</summary>
public static class HealthTags
{
    public const string Live = "live";

    public const string Ready = "ready";
}
