namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A term's frequency in the title, keywords and text of one document, packed into one int (8, 8 and 16 bits,
/// saturating).
/// </summary>
internal static class FieldFrequencies
{
    public static int Pack(int title, int keywords, int text) =>
        Math.Min(title, 255) | (Math.Min(keywords, 255) << 8) | (Math.Min(text, 65535) << 16);

    public static int Title(int packed) => packed & 0xff;

    public static int Keywords(int packed) => (packed >> 8) & 0xff;

    public static int Text(int packed) => (int)((uint)packed >> 16);
}
