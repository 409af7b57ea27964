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

public sealed record Patent(string Number, PatentKind Kind, PatentStatus Status);
