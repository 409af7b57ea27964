namespace JjjMatch.Contracts.Shared;

public enum Province
{
    Beijing,
    Tianjin,
    Hebei,
    Other,
}
