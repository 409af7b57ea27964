namespace JjjMatch.Matching;
