using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// Counts one document's terms per field, reused for every document a thread analyses: each distinct term is copied
/// once into a character buffer and found again through an open-addressing table, so no term becomes a string.
/// </summary>
internal sealed class TermCounter : ITermSink
{
    public const int Title = 0;
    public const int Keywords = 1;
    public const int Text = 2;

    private readonly int[] lengths = new int[3];
    private char[] text = new char[2048];
    private int textLength;
    private int[] ends = new int[256];
    private int[] counts = new int[3 * 256];
    private int[] slots = new int[512]; // 1 + the index of the term, 0 when free
    private int count;

    /// <summary>The field the next terms belong to.</summary>
    public int Field { get; set; }

    public void Clear()
    {
        Array.Clear(slots);
        Array.Clear(counts, 0, 3 * count);
        Array.Clear(lengths);
        textLength = 0;
        count = 0;
        Field = Title;
    }

    public void Add(ReadOnlySpan<char> term)
    {
        lengths[Field]++;
        var mask = slots.Length - 1;
        var slot = string.GetHashCode(term) & mask;
        for (; slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (TermAt(slots[slot] - 1).SequenceEqual(term))
            {
                counts[(3 * (slots[slot] - 1)) + Field]++;
                return;
            }
        }

        if (count == ends.Length)
        {
            Array.Resize(ref ends, 2 * count);
            Array.Resize(ref counts, 6 * count);
        }

        if (textLength + term.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(2 * text.Length, textLength + term.Length));
        }

        term.CopyTo(text.AsSpan(textLength));
        textLength += term.Length;
        ends[count] = textLength;
        counts[(3 * count) + Field] = 1;
        slots[slot] = ++count;
        if (2 * count > slots.Length)
        {
            Rehash();
        }
    }

    public string Terms() => new(text, 0, textLength);

    public int[] Ends() => ends[..count];

    public int[] PackedFrequencies()
    {
        var packed = new int[count];
        for (var i = 0; i < count; i++)
        {
            packed[i] = FieldFrequencies.Pack(counts[3 * i], counts[(3 * i) + 1], counts[(3 * i) + 2]);
        }

        return packed;
    }

    public int Length(int field) => lengths[field];

    private ReadOnlySpan<char> TermAt(int index)
    {
        var start = index == 0 ? 0 : ends[index - 1];
        return text.AsSpan(start, ends[index] - start);
    }

    private void Rehash()
    {
        slots = new int[2 * slots.Length];
        var mask = slots.Length - 1;
        for (var index = 0; index < count; index++)
        {
            var slot = string.GetHashCode(TermAt(index)) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = index + 1;
        }
    }
}
