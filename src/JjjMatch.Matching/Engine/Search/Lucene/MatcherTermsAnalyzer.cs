using JjjMatch.TextAnalysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// A Lucene.Net analyzer that emits exactly the matcher's terms (<see cref="TextAnalyzer"/>: CJK bigrams and
/// unigrams, folded and stemmed words), so that Lucene.Net indexes and is queried with the same terms.
/// </summary>
public sealed class MatcherTermsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new MatcherTermsTokenizer(reader));

    private sealed class MatcherTermsTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute term;
        private readonly List<string> terms = [];
        private int next;

        public MatcherTermsTokenizer(TextReader input)
            : base(input) => term = AddAttribute<ICharTermAttribute>();

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
            terms.Clear();
            TextAnalyzer.Analyze(m_input.ReadToEnd(), terms);
            next = 0;
        }
    }
}
