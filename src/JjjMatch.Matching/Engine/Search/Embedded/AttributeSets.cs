namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// Each distinct set of filter attributes once: a market of a million listings has only a few thousand
/// industry × province combinations, so a document keeps the number of its set rather than a dictionary of its own.
/// </summary>
internal sealed class AttributeSets
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyDictionary<string, string>> sets = [];

    public IReadOnlyDictionary<string, string> this[int number] => sets[number];

    public int Count => sets.Count;

    public int Intern(IReadOnlyDictionary<string, string> attributes)
    {
        var key = string.Join(
            '\u0001',
            attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + '\u0002' + a.Value)
        );
        if (!numbers.TryGetValue(key, out var number))
        {
            number = sets.Count;
            sets.Add(new Dictionary<string, string>(attributes, StringComparer.Ordinal));
            numbers[key] = number;
        }

        return number;
    }
}
