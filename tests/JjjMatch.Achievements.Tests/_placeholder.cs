namespace JjjMatch.Achievements.Tests;
