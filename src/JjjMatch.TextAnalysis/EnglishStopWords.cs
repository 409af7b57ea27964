namespace JjjMatch.TextAnalysis;

/// <summary>Lucene's classic English stop set: short enough to never remove a topical word.</summary>
internal static class EnglishStopWords
{
    private static readonly HashSet<string> Words =
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<
        ReadOnlySpan<char>
    >();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
