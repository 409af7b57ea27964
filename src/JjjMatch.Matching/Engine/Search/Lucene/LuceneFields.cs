using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>The fields of a listing in the Lucene.Net index, and how each is indexed.</summary>
internal static class LuceneFields
{
    /// <summary>The id as a term, to replace or delete a document by.</summary>
    public const string Key = "key";

    /// <summary>The id's 16 bytes as a doc value, to answer with.</summary>
    public const string Id = "id";

    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Text = "text";

    /// <summary>Every distinct term of the three fields: its document frequency is the embedded index's.</summary>
    public const string Any = "any";

    public const string TitleLength = "titleLength";
    public const string KeywordsLength = "keywordsLength";
    public const string TextLength = "textLength";
    public const string Active = "active";
    public const string Revision = "revision";
    public const string Attributes = "attributes";

    /// <summary>Frequencies without positions; no norms, since BM25F needs each field's exact length.</summary>
    public static FieldType Counted { get; } = Frozen(IndexOptions.DOCS_AND_FREQS);

    public static FieldType Listed { get; } = Frozen(IndexOptions.DOCS_ONLY);

    private static FieldType Frozen(IndexOptions options)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            OmitNorms = true,
            IndexOptions = options,
        };
        type.Freeze();
        return type;
    }
}
