namespace JjjMatch.Import;

/// <summary>A line that cannot become a listing: reported with its number and skipped.</summary>
public sealed class ImportLineException(string message) : Exception(message);
