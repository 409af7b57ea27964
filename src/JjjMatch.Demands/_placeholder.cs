namespace JjjMatch.Demands;
