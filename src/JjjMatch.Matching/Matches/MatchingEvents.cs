namespace JjjMatch.Matching.Matches;

internal static class MatchingEvents
{
    public const string Producer = "matching";
}
