namespace JjjMatch.Matching.Scoring;

/// <summary>Industry labels are "大类-小类" (e.g. 电子信息-人工智能); the parent is the part before the first '-'.</summary>
public static class IndustryCode
{
    public static string Parent(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? code : code[..dash]).Trim();
    }
}
