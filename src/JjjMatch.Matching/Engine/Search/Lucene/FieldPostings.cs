using Lucene.Net.Index;
using Lucene.Net.Util;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// One field's postings in one segment, for the terms of one query: the terms enumerator and the postings
/// enumerator are made once and reused for every term.
/// </summary>
internal sealed class FieldPostings(AtomicReader segment, string field, IBits? live)
{
    private readonly TermsEnum? terms = segment.GetTerms(field)?.GetEnumerator();
    private DocsEnum? reused;

    /// <returns>The live documents with the term and its frequency in them; null when none has it.</returns>
    public DocsEnum? Seek(BytesRef term)
    {
        if (terms is null || !terms.SeekExact(term))
        {
            return null;
        }

        reused = terms.Docs(live, reused, DocsFlags.FREQS);
        return reused;
    }

    /// <returns>As <see cref="Seek"/>, but postings of their own, to read beside other terms' postings.</returns>
    public DocsEnum? Open(BytesRef term) =>
        terms is not null && terms.SeekExact(term) ? terms.Docs(live, null, DocsFlags.FREQS) : null;
}
