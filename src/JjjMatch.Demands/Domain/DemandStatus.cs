namespace JjjMatch.Demands.Domain;

public enum DemandStatus
{
    Draft,
    Open,
    Awarded,
    Closed,
    Expired,
}
