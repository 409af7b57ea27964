using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// Terms the matcher's analyzer already produced, handed to Lucene.Net as they are: each field is analysed once, and
/// its length is exactly the number of terms the embedded index counts.
/// </summary>
internal sealed class TermListTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IReadOnlyList<string> terms;
    private int next;

    public TermListTokenStream(IReadOnlyList<string> terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= terms.Count)
        {
            return false;
        }

        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
