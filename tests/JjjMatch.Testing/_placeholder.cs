namespace JjjMatch.Testing;
