namespace JjjMatch.Achievements.Domain;

/// <summary>Who to call about an achievement; revealed only by an accepted introduction.</summary>
public sealed record Contact(string Name, string? Phone, string? Email);
