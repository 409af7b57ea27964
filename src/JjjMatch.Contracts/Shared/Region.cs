namespace JjjMatch.Contracts.Shared;

/// <summary>Province and, optionally, city (Hebei's prefecture-level cities and Xiong'an).</summary>
public sealed record Region(Province Province, string? City);
