using System.Text;
using JjjMatch.TextAnalysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// A listing as a Lucene.Net document: the matcher's terms per field (analysed here, once), the exact field lengths,
/// the active flag, the revision and the filter attributes as doc values.
/// </summary>
internal static class LuceneDocuments
{
    private const char NameEnd = '\u001f';
    private const char ValueEnd = '\u001e';

    public static Document Of(ListingDocument listing, ITextAnalyzer analyzer)
    {
        var title = analyzer.Analyze(listing.Title);
        var keywords = analyzer.Analyze(string.Join('\n', listing.Keywords));
        var text = analyzer.Analyze(listing.Text);
        return
        [
            new StringField(LuceneFields.Key, KeyOf(listing.Id), Field.Store.NO),
            new BinaryDocValuesField(LuceneFields.Id, new BytesRef(listing.Id.ToByteArray())),
            new Field(LuceneFields.Title, new TermListTokenStream(title), LuceneFields.Counted),
            new Field(LuceneFields.Keywords, new TermListTokenStream(keywords), LuceneFields.Counted),
            new Field(LuceneFields.Text, new TermListTokenStream(text), LuceneFields.Counted),
            new Field(LuceneFields.Any, new TermListTokenStream(Distinct(title, keywords, text)), LuceneFields.Listed),
            new NumericDocValuesField(LuceneFields.TitleLength, title.Count),
            new NumericDocValuesField(LuceneFields.KeywordsLength, keywords.Count),
            new NumericDocValuesField(LuceneFields.TextLength, text.Count),
            new NumericDocValuesField(LuceneFields.Active, listing.IsActive ? 1 : 0),
            new NumericDocValuesField(LuceneFields.Revision, listing.Revision),
            new BinaryDocValuesField(LuceneFields.Attributes, new BytesRef(EncodeAttributes(listing.Attributes))),
        ];
    }

    private static List<string> Distinct(List<string> title, List<string> keywords, List<string> text)
    {
        var distinct = new HashSet<string>(title, StringComparer.Ordinal);
        distinct.UnionWith(keywords);
        distinct.UnionWith(text);
        return [.. distinct];
    }

    public static string KeyOf(Guid id) => id.ToString("N");

    public static Dictionary<string, string> DecodeAttributes(BytesRef bytes)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
        foreach (var pair in text.Split(ValueEnd, StringSplitOptions.RemoveEmptyEntries))
        {
            var end = pair.IndexOf(NameEnd, StringComparison.Ordinal);
            attributes[pair[..end]] = pair[(end + 1)..];
        }

        return attributes;
    }

    private static byte[] EncodeAttributes(IReadOnlyDictionary<string, string> attributes)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in attributes)
        {
            text.Append(name).Append(NameEnd).Append(value).Append(ValueEnd);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
