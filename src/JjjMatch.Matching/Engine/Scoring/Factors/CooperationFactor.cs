using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Engine.Scoring.Factors;

public static class CooperationFactor
{
    /// <summary>
    /// 1 when the achievement offers a mode the demand accepts, -1 when it offers none of them, 0 when either side is
    /// unknown.
    /// </summary>
    public static double Score(CooperationModes offered, CooperationModes accepted)
    {
        if (offered == CooperationModes.None || accepted == CooperationModes.None)
        {
            return 0;
        }

        return (offered & accepted) != CooperationModes.None ? 1 : -1;
    }
}
