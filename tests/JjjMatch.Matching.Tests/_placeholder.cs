namespace JjjMatch.Matching.Tests;
