namespace JjjMatch.Demands.Tests;
