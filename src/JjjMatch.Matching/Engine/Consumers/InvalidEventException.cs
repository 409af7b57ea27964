namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// An event no retry can make valid; after the retries it lands in the error queue for a person to look at.
/// </summary>
public sealed class InvalidEventException(string message) : Exception(message);
