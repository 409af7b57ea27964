namespace JjjMatch.Contracts.Shared;

public enum PatentKind
{
    Invention,
    UtilityModel,
    Design,
}

public enum PatentStatus
{
    Filed,
    Granted,
    Lapsed,
}

/// <summary>A patent behind an achievement; the number may be unknown (market listings name only the kind).</summary>
public sealed record Patent(string? Number, PatentKind Kind, PatentStatus Status);
