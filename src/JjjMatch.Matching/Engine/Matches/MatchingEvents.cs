namespace JjjMatch.Matching.Engine.Matches;

internal static class MatchingEvents
{
    public const string Producer = "matching";
}
