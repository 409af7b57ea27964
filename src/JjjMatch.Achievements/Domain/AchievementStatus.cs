namespace JjjMatch.Achievements.Domain;

public enum AchievementStatus
{
    Draft,
    Published,
    Withdrawn,
    Transferred,
}
