namespace JjjMatch.Messaging.Tests;
