namespace JjjMatch.Contracts.Shared;

/// <summary>Who to call about a listing (an achievement or a demand); never public, revealed only by an accepted introduction.</summary>
public sealed record Contact(string Name, string? Phone, string? Email);
