namespace JjjMatch.Matching.Engine.Scoring.Factors;

public static class PatentFactor
{
    /// <summary>
    /// 1 with a granted invention patent, 0.5 with only granted utility-model or design patents, else 0 (no patent is
    /// no evidence either way).
    /// </summary>
    public static double Score(int grantedInventionPatents, int grantedOtherPatents) =>
        grantedInventionPatents > 0 ? 1
        : grantedOtherPatents > 0 ? 0.5
        : 0;
}
