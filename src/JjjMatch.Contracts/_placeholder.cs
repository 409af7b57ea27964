namespace JjjMatch.Contracts;
