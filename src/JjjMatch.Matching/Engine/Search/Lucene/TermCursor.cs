using Lucene.Net.Index;
using Lucene.Net.Search;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// One query term's postings in one segment, its three field postings merged: positioned on a document that has the
/// term in any field, moved on one document at a time or skipped ahead (<see cref="DocIdSetIterator.Advance(int)"/>).
/// </summary>
internal sealed class TermCursor
{
    public const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    private readonly DocsEnum? inText;
    private readonly DocsEnum? inTitle;
    private readonly DocsEnum? inKeywords;

    public TermCursor(int bit, double factor, DocsEnum? inText, DocsEnum? inTitle, DocsEnum? inKeywords)
    {
        Bit = bit;
        Factor = factor;
        this.inText = inText;
        this.inTitle = inTitle;
        this.inKeywords = inKeywords;
        TextDoc = inText?.NextDoc() ?? NoMoreDocs;
        TitleDoc = inTitle?.NextDoc() ?? NoMoreDocs;
        KeywordsDoc = inKeywords?.NextDoc() ?? NoMoreDocs;
        Doc = Math.Min(TextDoc, Math.Min(TitleDoc, KeywordsDoc));
        Moves = (inText is null ? 0 : 1) + (inTitle is null ? 0 : 1) + (inKeywords is null ? 0 : 1);
    }

    /// <summary>The term's position in the query (its bit in the matched-terms mask).</summary>
    public int Bit { get; }

    /// <summary>idf · weight · (k1 + 1): the most the term can add to a score (BM25 saturates below 1).</summary>
    public double Factor { get; }

    /// <summary>The current document; <see cref="NoMoreDocs"/> when the postings are used up.</summary>
    public int Doc { get; private set; }

    public int TextDoc { get; private set; }

    public int TitleDoc { get; private set; }

    public int KeywordsDoc { get; private set; }

    /// <summary>Calls to the field postings so far (each reads the next posting or skips to one).</summary>
    public long Moves { get; private set; }

    public int TextFrequency => inText!.Freq;

    public int TitleFrequency => inTitle!.Freq;

    public int KeywordsFrequency => inKeywords!.Freq;

    /// <summary>Moves past the current document.</summary>
    public void Next()
    {
        var doc = Doc;
        if (TextDoc == doc)
        {
            TextDoc = inText!.NextDoc();
            Moves++;
        }

        if (TitleDoc == doc)
        {
            TitleDoc = inTitle!.NextDoc();
            Moves++;
        }

        if (KeywordsDoc == doc)
        {
            KeywordsDoc = inKeywords!.NextDoc();
            Moves++;
        }

        Doc = Math.Min(TextDoc, Math.Min(TitleDoc, KeywordsDoc));
    }

    /// <summary>Moves to the first document at or after <paramref name="target"/>, skipping the ones between.</summary>
    public void AdvanceTo(int target)
    {
        if (TextDoc < target)
        {
            TextDoc = inText!.Advance(target);
            Moves++;
        }

        if (TitleDoc < target)
        {
            TitleDoc = inTitle!.Advance(target);
            Moves++;
        }

        if (KeywordsDoc < target)
        {
            KeywordsDoc = inKeywords!.Advance(target);
            Moves++;
        }

        Doc = Math.Min(TextDoc, Math.Min(TitleDoc, KeywordsDoc));
    }
}
