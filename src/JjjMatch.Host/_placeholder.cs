namespace JjjMatch.Host;
