namespace JjjMatch.Achievements;
